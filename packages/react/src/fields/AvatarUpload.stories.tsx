/// <reference types="vite/client" />

import type { UploadAvatar } from '@profilekit/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fireEvent, fn, waitFor, within } from 'storybook/test';
import { FormStage } from '../../../../.storybook/kit/FormStage';
import { kevin } from '../../../../.storybook/kit/hostile';
import { loadStoryKit, withProfileKit } from '../../../../.storybook/kit/storyKit';
import { useProfileKit } from '../hooks/useProfileKit';
import { ProfileKitProvider } from '../ProfileKitProvider';
import avatarImage from './__fixtures__/avatar.svg?no-inline';
import { AvatarField } from './AvatarField';
import { TextField } from './TextField';

/** The Name and Avatar fields of a profile form whose provider has `uploadAvatar`. */
function AvatarUploadStage({
  uploadAvatar,
  onSubmit,
}: {
  uploadAvatar: UploadAvatar;
  onSubmit: (payload: unknown) => void;
}) {
  const { client } = useProfileKit();
  return (
    <ProfileKitProvider client={client} uploadAvatar={uploadAvatar}>
      <FormStage mode="updateCurrent" user={kevinWithoutAvatar} onSubmit={onSubmit}>
        <TextField name="name" />
        <AvatarField name="avatar" />
      </FormStage>
    </ProfileKitProvider>
  );
}

const kevinWithoutAvatar = { ...kevin, avatar: undefined };

/** A real PNG drawn on a canvas: 800 × 600, a gradient with a disc, so crops differ visibly. */
async function photo(name = 'kevin.png'): Promise<File> {
  const canvas = document.createElement('canvas');
  canvas.width = 800;
  canvas.height = 600;
  const context = canvas.getContext('2d') as CanvasRenderingContext2D;
  const gradient = context.createLinearGradient(0, 0, 800, 600);
  gradient.addColorStop(0, '#1d4ed8');
  gradient.addColorStop(1, '#f97316');
  context.fillStyle = gradient;
  context.fillRect(0, 0, 800, 600);
  context.fillStyle = '#fde047';
  context.beginPath();
  context.arc(400, 260, 140, 0, Math.PI * 2);
  context.fill();
  const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b as Blob), 'image/png'));
  return new File([blob], name, { type: 'image/png' });
}

const reachableAvatar = () => new URL(avatarImage, window.location.href).href;

const meta = {
  title: 'Forms/Avatar upload',
  component: AvatarUploadStage,
  loaders: [loadStoryKit],
  decorators: [withProfileKit],
  args: { onSubmit: fn(), uploadAvatar: fn<UploadAvatar>(async () => reachableAvatar()) },
} satisfies Meta<typeof AvatarUploadStage>;

export default meta;
type Story = StoryObj<typeof meta>;

type Canvas = ReturnType<typeof within>;
type User = { upload: (element: HTMLElement, file: File) => Promise<void>; click: (element: Element) => Promise<void> };

/** Picks the photo with the file input and waits for the crop dialog. */
async function pickAndCrop(canvas: Canvas, userEvent: User) {
  await userEvent.upload(await canvas.findByLabelText('Upload avatar'), await photo());
  return canvas.findByRole('dialog', { name: 'Crop your avatar' });
}

async function pickCropAndUse(canvas: Canvas, userEvent: User) {
  const dialog = await pickAndCrop(canvas, userEvent);
  await userEvent.click(within(dialog).getByRole('button', { name: 'Use this image' }));
}

export const Empty: Story = {
  play: async ({ canvas, args }) => {
    await expect(canvas.getByLabelText('Avatar')).toHaveAttribute('type', 'url');
    // The picker is a lazy chunk of its own; the URL input is there before it.
    await expect(await canvas.findByLabelText('Upload avatar')).toHaveAttribute('type', 'file');
    await expect(canvas.getByText('Or drop or paste an image: PNG, JPEG, WebP or GIF.')).toBeVisible();
    await expect(args.uploadAvatar).not.toHaveBeenCalled();
  },
};

export const DraggingOver: Story = {
  play: async ({ canvas }) => {
    await canvas.findByLabelText('Upload avatar');
    const zone = canvas.getByLabelText('Avatar').closest('.pk-avatar-drop') as HTMLElement;
    fireEvent.dragOver(zone);
    await waitFor(() => expect(zone).toHaveAttribute('data-dragging'));
    await expect(canvas.getByText('Drop the image here')).toBeVisible();
  },
};

export const Cropping: Story = {
  play: async ({ canvas, userEvent, args }) => {
    const dialog = await pickAndCrop(canvas, userEvent);
    const area = within(dialog).getByRole('img', { name: /Crop area/ });
    await waitFor(() => expect(area).toHaveFocus());
    await expect(within(dialog).getByText('Zoom 100%, 13% from the left, 0% from the top')).toBeVisible();
    await userEvent.keyboard('+');
    await userEvent.keyboard('{ArrowLeft}');
    await expect(await within(dialog).findByText('Zoom 125%, 14% from the left, 10% from the top')).toBeVisible();
    await userEvent.keyboard('{Tab}{Tab}{Tab}{Tab}');
    await expect(area).toHaveFocus(); // focus stays inside the dialog
    await expect(args.uploadAvatar).not.toHaveBeenCalled();
  },
};

export const Uploading: Story = {
  args: {
    uploadAvatar: fn<UploadAvatar>(
      (_file, { onProgress, signal }) =>
        new Promise((_, reject) => {
          onProgress?.(0.4);
          signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')));
        }),
    ),
  },
  play: async ({ canvas, userEvent, args }) => {
    await pickCropAndUse(canvas, userEvent);
    await expect(await canvas.findByRole('progressbar', { name: 'Uploading avatar: 40%' })).toHaveAttribute(
      'value',
      '40',
    );
    const [image] = (args.uploadAvatar as ReturnType<typeof fn<UploadAvatar>>).mock.calls[0] ?? [];
    await expect(image?.type).toMatch(/^image\/(webp|jpeg)$/);
    await expect(image?.size).toBeLessThanOrEqual(200 * 1024);
    await expect(canvas.getByRole('button', { name: 'Cancel upload' })).toBeVisible();
  },
};

export const FailedWithRetry: Story = {
  args: { uploadAvatar: fn<UploadAvatar>(async () => Promise.reject(new Error('the storage is down'))) },
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.clear(canvas.getByLabelText('Name'));
    await userEvent.type(canvas.getByLabelText('Name'), 'Kevin Flynn');
    await pickCropAndUse(canvas, userEvent);
    await expect(await canvas.findByText('The avatar upload failed: the storage is down')).toHaveAttribute(
      'role',
      'alert',
    );
    await expect(canvas.getByLabelText('Name')).toHaveValue('Kevin Flynn');
    await userEvent.click(canvas.getByRole('button', { name: 'Retry' }));
    const upload = args.uploadAvatar as ReturnType<typeof fn<UploadAvatar>>;
    await waitFor(() => expect(upload).toHaveBeenCalledTimes(2));
    await expect(upload.mock.calls[1]?.[0]).toBe(upload.mock.calls[0]?.[0]); // the same encoded image again
    await expect(await canvas.findByRole('button', { name: 'Retry' })).toBeVisible();
    await expect(canvas.getByLabelText('Name')).toHaveValue('Kevin Flynn');
  },
};

export const TooLarge: Story = {
  play: async ({ canvas, userEvent, args }) => {
    const bytes = new Uint8Array(11 * 1024 * 1024);
    bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    await userEvent.upload(
      await canvas.findByLabelText('Upload avatar'),
      new File([bytes], 'huge.png', { type: 'image/png' }),
    );
    await expect(await canvas.findByText('Avatar must be at most 10.0 MB; this file is 11.0 MB.')).toHaveAttribute(
      'role',
      'alert',
    );
    await expect(args.uploadAvatar).not.toHaveBeenCalled();
  },
};

export const WrongType: Story = {
  play: async ({ canvas, userEvent, args }) => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>';
    await userEvent.upload(
      await canvas.findByLabelText('Upload avatar'),
      new File([svg], 'me.png', { type: 'image/png' }),
    );
    await expect(await canvas.findByText('Avatar must be a PNG, JPEG, WebP or GIF image.')).toHaveAttribute(
      'role',
      'alert',
    );
    await expect(args.uploadAvatar).not.toHaveBeenCalled();
  },
};

export const Done: Story = {
  play: async ({ canvas, userEvent, args }) => {
    await pickCropAndUse(canvas, userEvent);
    await expect(await canvas.findByText('Avatar uploaded. Save to keep it.')).toBeVisible();
    await expect(canvas.getByLabelText('Avatar')).toHaveValue(reachableAvatar());
    await expect(await canvas.findByRole('img', { name: 'Avatar preview' })).toHaveAttribute('src', reachableAvatar());
    await userEvent.click(canvas.getByRole('button', { name: 'Save profile' }));
    await waitFor(() => expect(args.onSubmit).toHaveBeenCalledWith({ avatar: reachableAvatar() }, expect.anything()));
  },
};
