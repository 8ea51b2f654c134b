import '@testing-library/jest-dom/vitest';
import type { UploadAvatar } from '@profilekit/core';
import { ProfileKitProvider, UserForm } from '@profilekit/react';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHarness } from '../harness';

afterEach(cleanup);

/** The first 33 bytes of a PNG: signature and an IHDR chunk declaring `width × height`. */
function pngFile(width: number, height: number, name = 'me.png') {
  const bytes = new Uint8Array(33);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const view = new DataView(bytes.buffer);
  view.setUint32(16, width);
  view.setUint32(20, height);
  return new File([bytes], name, { type: 'image/png' });
}

/** Renders a create form; with `uploadAvatar`, resolves once the picker (a lazy chunk) is in. */
async function renderForm(uploadAvatar?: UploadAvatar) {
  const h = createHarness();
  const wrapper = ({ children }: { children?: ReactNode }) => (
    <ProfileKitProvider client={h.client} queryClient={h.queryClient} uploadAvatar={uploadAvatar}>
      {children}
    </ProfileKitProvider>
  );
  render(<UserForm mode="create" onSubmit={(input) => h.client.createUser(input, h.emulator.authKey)} />, { wrapper });
  // The URL input is there at once; the picker and drop zone arrive with their chunk.
  expect(screen.getByLabelText('Avatar')).toHaveAttribute('type', 'url');
  if (uploadAvatar) await screen.findByLabelText('Upload avatar');
}

const svg = new File(['<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'], 'me.png', {
  type: 'image/png',
});

describe('the avatar field with uploadAvatar', () => {
  it('shows only the URL input when the provider has no uploadAvatar', async () => {
    await renderForm();
    expect(screen.getByLabelText('Avatar')).toHaveAttribute('type', 'url');
    expect(screen.queryByLabelText('Upload avatar')).toBeNull();
  });

  it('adds a file input named "Upload avatar" beside the URL input labelled "Avatar"', async () => {
    await renderForm(vi.fn<UploadAvatar>());
    expect(screen.getByLabelText('Avatar')).toHaveAttribute('type', 'url');
    const file = screen.getByLabelText('Upload avatar');
    expect(file).toHaveAttribute('type', 'file');
    expect(file).toHaveAttribute('accept', 'image/png,image/jpeg,image/webp,image/gif');
  });

  it('refuses an SVG named .png by its bytes, naming the field and the rule, and uploads nothing', async () => {
    const uploadAvatar = vi.fn<UploadAvatar>();
    await renderForm(uploadAvatar);
    const user = userEvent.setup({ applyAccept: false });
    await user.type(screen.getByLabelText('Name'), 'Kevin');
    await user.upload(screen.getByLabelText('Upload avatar'), svg);
    expect(await screen.findByText('Avatar must be a PNG, JPEG, WebP or GIF image.')).toHaveAttribute('role', 'alert');
    expect(uploadAvatar).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Name')).toHaveValue('Kevin');
    await user.click(screen.getByRole('button', { name: 'Choose another image' }));
    expect(screen.queryByText('Avatar must be a PNG, JPEG, WebP or GIF image.')).toBeNull();
    expect(screen.getByLabelText('Upload avatar')).toHaveFocus();
  });

  it('refuses a 12 MB file before reading it', async () => {
    await renderForm(vi.fn<UploadAvatar>());
    const large = new File([new Uint8Array(12 * 1024 * 1024)], 'big.png', { type: 'image/png' });
    fireEvent.drop(screen.getByLabelText('Avatar').closest('.pk-avatar-drop') as Element, {
      dataTransfer: { files: [large] },
    });
    expect(await screen.findByText('Avatar must be at most 10.0 MB; this file is 12.0 MB.')).toHaveAttribute(
      'role',
      'alert',
    );
  });

  it('refuses a pasted image under 64 × 64 and a decompression bomb by their headers', async () => {
    await renderForm(vi.fn<UploadAvatar>());
    const urlInput = screen.getByLabelText('Avatar');
    fireEvent.paste(urlInput, { clipboardData: { files: [pngFile(32, 48)] } });
    expect(await screen.findByText('Avatar must be at least 64 × 64 pixels; this image is 32 × 48.')).toHaveAttribute(
      'role',
      'alert',
    );
    fireEvent.paste(urlInput, { clipboardData: { files: [pngFile(100_000, 100_000)] } });
    expect(await screen.findByText('Avatar is too large to process: 100000 × 100000 pixels.')).toBeInTheDocument();
  });

  it('marks the drop zone while a file is dragged over it', async () => {
    await renderForm(vi.fn<UploadAvatar>());
    const zone = screen.getByLabelText('Avatar').closest('.pk-avatar-drop') as Element;
    fireEvent.dragOver(zone);
    expect(zone).toHaveAttribute('data-dragging');
    expect(screen.getByText('Drop the image here')).toBeInTheDocument();
    fireEvent.dragLeave(zone);
    expect(zone).not.toHaveAttribute('data-dragging');
  });
});
