import '@testing-library/jest-dom/vitest';
import { ProfileEditForm } from '@profilekit/react';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createHarness } from '../harness';

afterEach(cleanup);

describe('ProfileEditForm over what CometChat may hold', () => {
  // CometChat documents avatar and link as "a valid URL", any scheme: the emulator (like CometChat) stores a
  // javascript: or data: URL that profilekit's own rules would refuse. The form shows it as text, never as an
  // active link or an image source.
  it('renders a stored javascript: link and data: avatar inertly', async () => {
    const h = createHarness();
    const created = await h.admin('POST', '/users', {
      uid: 'usr1',
      name: 'Kevin Fox',
      link: 'javascript:alert(document.domain)',
      avatar: 'data:image/svg+xml,<svg/onload=alert(1)>',
    });
    expect(created.status).toBe(200);
    await h.client.login('usr1', h.emulator.authKey);
    const { container } = render(<ProfileEditForm />, { wrapper: h.wrapper });
    expect(await screen.findByLabelText('Link')).toHaveValue('javascript:alert(document.domain)');
    expect(screen.getByLabelText('Avatar')).toHaveValue('data:image/svg+xml,<svg/onload=alert(1)>');
    expect(container.querySelectorAll('a[href]')).toHaveLength(0);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('.pk-avatar')).toHaveTextContent('KF');
  });
});
