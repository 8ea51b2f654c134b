/// <reference types="vite/client" />

import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentProps } from 'react';
import { expect, fn, waitFor } from 'storybook/test';
import { FormStage } from '../../../../.storybook/kit/FormStage';
import { kevin } from '../../../../.storybook/kit/hostile';
import avatarImage from './__fixtures__/avatar.svg?no-inline';
import { AvatarField } from './AvatarField';
import { LinkField } from './LinkField';
import { MetadataField } from './MetadataField';
import { LastActive, ReadOnlyFacts, StatusBadge } from './ReadOnlyFacts';
import { RoleField } from './RoleField';
import { TagsField } from './TagsField';
import { TextField } from './TextField';

/** One field part inside a headless form (Kevin by default). */
const Stage = ({ user = kevin, ...props }: ComponentProps<typeof FormStage>) => <FormStage user={user} {...props} />;

const meta = {
  title: 'Forms/Field parts',
  component: Stage,
  args: { onSubmit: fn(), children: null },
} satisfies Meta<typeof Stage>;

export default meta;
type Story = StoryObj<typeof meta>;

export const AvatarWithPreview: Story = {
  args: { user: { uid: 'kevin', name: 'Kevin' }, children: <AvatarField name="avatar" /> },
  play: async ({ canvasElement, canvas, userEvent }) => {
    const avatar = canvas.getByLabelText('Avatar');
    await userEvent.type(avatar, 'javascript:alert(1)');
    await expect(canvasElement.querySelector('img')).toBeNull();
    await userEvent.clear(avatar);
    // An image the story's own server serves, so the preview loads (an unreachable URL shows initials).
    const reachable = new URL(avatarImage, window.location.href).href;
    await userEvent.type(avatar, reachable);
    await expect(await canvas.findByRole('img', { name: 'Avatar preview' })).toHaveAttribute('src', reachable);
  },
};

export const LinkOpensOnlyHttp: Story = {
  args: { user: { uid: 'kevin', name: 'Kevin' }, children: <LinkField name="link" /> },
  play: async ({ canvas, userEvent, args }) => {
    const link = canvas.getByLabelText('Link');
    await userEvent.type(link, 'javascript:alert(1)');
    await expect(canvas.queryByRole('link')).toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(link).toHaveAccessibleDescription('Link must be a full http:// or https:// URL'));
    await expect(args.onSubmit).not.toHaveBeenCalled();
    await userEvent.clear(link);
    await userEvent.type(link, 'https://kevin.example');
    await expect(canvas.getByRole('link', { name: 'Open link' })).toHaveAttribute('href', 'https://kevin.example');
  },
};

export const Tags: Story = {
  args: { children: <TagsField /> },
  play: async ({ canvas, userEvent, args }) => {
    const input = canvas.getByLabelText('Tags');
    await expect(canvas.getByText('2 of 25 tags')).toBeInTheDocument();
    await userEvent.type(input, 'beta{Enter}');
    await expect(input).toHaveAccessibleDescription(expect.stringContaining('The tag "beta" is already there.'));
    await userEvent.clear(input);
    await userEvent.type(input, 'vip{Enter}');
    await userEvent.click(canvas.getByRole('button', { name: 'Remove tag staff' }));
    await expect(canvas.getByText('2 of 25 tags')).toBeInTheDocument();
    await userEvent.click(canvas.getByRole('button', { name: 'Save changes' }));
    await waitFor(() =>
      expect(args.onSubmit).toHaveBeenCalledWith({ uid: 'kevin', tags: ['beta', 'vip'] }, expect.anything()),
    );
  },
};

export const TagTooLong: Story = {
  args: { children: <TagsField /> },
  play: async ({ canvas, userEvent }) => {
    const input = canvas.getByLabelText('Tags');
    await userEvent.type(input, `${'x'.repeat(101)}{Enter}`);
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(input).toHaveAccessibleDescription(expect.stringContaining('1–100 characters'));
  },
};

export const Metadata: Story = {
  args: { children: <MetadataField /> },
  play: async ({ canvas, userEvent, args }) => {
    const editor = canvas.getByLabelText('Metadata');
    await userEvent.clear(editor);
    await userEvent.type(editor, '{{"plan":');
    await expect(editor).toHaveAccessibleDescription(expect.stringContaining('Metadata is not valid JSON'));
    await userEvent.type(editor, '"team"}');
    await expect(editor).toHaveAccessibleDescription(expect.stringContaining('of 5.0 KB'));
    await userEvent.click(canvas.getByRole('button', { name: 'Format JSON' }));
    await expect(editor).toHaveValue('{\n  "plan": "team"\n}');
    await userEvent.click(canvas.getByRole('button', { name: 'Save changes' }));
    await waitFor(() =>
      expect(args.onSubmit).toHaveBeenCalledWith({ uid: 'kevin', metadata: { plan: 'team' } }, expect.anything()),
    );
  },
};

export const MetadataTooLarge: Story = {
  args: { user: { ...kevin, metadata: undefined }, children: <MetadataField /> },
  play: async ({ canvas, userEvent, args }) => {
    const editor = canvas.getByLabelText('Metadata');
    await userEvent.click(editor);
    await userEvent.paste(JSON.stringify({ blob: 'x'.repeat(6000) }));
    // The size follows the text a frame after the key.
    await waitFor(() => expect(editor).toHaveAccessibleDescription(expect.stringContaining('5.9 KB of 5.0 KB')));
    await userEvent.click(canvas.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(editor).toHaveAttribute('aria-invalid', 'true'));
    await expect(editor).toHaveAccessibleDescription(expect.stringContaining('Metadata must be at most 5 KB'));
    await expect(args.onSubmit).not.toHaveBeenCalled();
  },
};

export const RoleSelect: Story = {
  args: { children: <RoleField roles={['default', { value: 'moderator', label: 'Moderator' }]} /> },
  play: async ({ canvas }) => {
    const role = canvas.getByLabelText('Role');
    await expect(role.tagName).toBe('SELECT');
    await expect(role).toHaveValue('admin');
  },
};

export const RoleText: Story = {
  args: { children: <RoleField /> },
  play: async ({ canvas }) => {
    await expect(canvas.getByLabelText('Role')).toHaveValue('admin');
  },
};

export const Text: Story = {
  args: { mode: 'create', user: undefined, children: <TextField name="name" description="As others see you." /> },
  play: async ({ canvas }) => {
    await expect(canvas.getByLabelText('Name')).toHaveAccessibleDescription('As others see you.');
    await expect(canvas.getByLabelText('Name')).toHaveAttribute('aria-required', 'true');
  },
};

export const Facts: Story = {
  args: {
    children: (
      <>
        <ReadOnlyFacts
          user={{ ...kevin, uid: 'kevin' }}
          operation="update"
          fields={['uid', 'status', 'lastActiveAt']}
        />
        <StatusBadge status="offline" />
        <LastActive at={undefined} />
      </>
    ),
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('kevin')).toBeInTheDocument();
    await expect(canvas.getByText('Offline')).toBeInTheDocument();
    await expect(canvas.getByText('Never')).toBeInTheDocument();
  },
};
