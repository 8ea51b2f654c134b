import { type KeyboardEvent, type PointerEvent, useEffect, useId, useRef, useState } from 'react';
import { ModalDialog } from '../../dialog/ModalDialog';
import type { EditorMessages } from '../../messages/avatarEditorMessages';
import { usePkClass } from '../../theme/usePkClass';
import type { CheckedAvatar } from './checkAvatarFile';
import {
  type CropRect,
  cropKeyChange,
  cropPercent,
  cropRect,
  initialCrop,
  MAX_ZOOM,
  MIN_ZOOM,
  moveCrop,
} from './cropSquare';

const PREVIEW_SIDE = 256;

/** Props of {@link CropDialog}. */
export interface CropDialogProps {
  avatar: CheckedAvatar;
  messages: EditorMessages;
  onConfirm: (rect: CropRect) => void;
  onCancel: () => void;
}

/**
 * A modal dialog that crops the image to a square: drag or arrow keys pan, the slider or + and − zoom,
 * and every change is announced ("Zoom 150%, 20% from the left, 0% from the top").
 */
export function CropDialog({ avatar, messages, onConfirm, onCancel }: CropDialogProps) {
  const pk = usePkClass();
  const id = useId();
  const canvas = useRef<HTMLCanvasElement>(null);
  const [crop, setCrop] = useState(initialCrop);
  const { width, height, image } = avatar;
  const rect = cropRect(width, height, crop);
  const position = cropPercent(width, height, crop);

  useEffect(() => canvas.current?.focus(), []);
  useEffect(() => {
    const context = canvas.current?.getContext('2d');
    context?.clearRect(0, 0, PREVIEW_SIDE, PREVIEW_SIDE);
    context?.drawImage(image, rect.x, rect.y, rect.side, rect.side, 0, 0, PREVIEW_SIDE, PREVIEW_SIDE);
  }, [image, rect.x, rect.y, rect.side]);

  const change = (next: { dx?: number; dy?: number; zoom?: number }) =>
    setCrop((current) => moveCrop(width, height, current, next));

  const onCropKey = (event: KeyboardEvent) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      onConfirm(rect);
      return;
    }
    const step = cropKeyChange(event.key);
    if (!step) return;
    event.preventDefault();
    change({ dx: step.dx, dy: step.dy, zoom: step.zoomBy === undefined ? undefined : crop.zoom + step.zoomBy });
  };
  const onPointerMove = (event: PointerEvent<HTMLCanvasElement>) => {
    if (event.buttons !== 1) return;
    const shown = event.currentTarget.getBoundingClientRect().width || PREVIEW_SIDE;
    change({ dx: -event.movementX / shown, dy: -event.movementY / shown });
  };

  return (
    <ModalDialog title={messages.avatarCropTitle} className="pk-avatar-crop" onCancel={onCancel}>
      <canvas
        ref={canvas}
        width={PREVIEW_SIDE}
        height={PREVIEW_SIDE}
        tabIndex={0}
        role="img"
        aria-label={messages.avatarCropArea}
        aria-describedby={`${id}-position`}
        onKeyDown={onCropKey}
        onPointerMove={onPointerMove}
      />
      <p id={`${id}-position`} className={pk('pk-hint')} aria-live="polite">
        {messages.avatarCropPosition(position.zoom, position.left, position.top)}
      </p>
      <label className={pk('pk-avatar-zoom')}>
        {messages.avatarZoom}
        <input
          type="range"
          min={MIN_ZOOM}
          max={MAX_ZOOM}
          step={0.05}
          value={crop.zoom}
          aria-valuetext={`${position.zoom}%`}
          onChange={(event) => change({ zoom: Number(event.target.value) })}
        />
      </label>
      <div className={pk('pk-actions')}>
        <button type="button" className={pk('pk-button pk-button-secondary')} onClick={onCancel}>
          {messages.avatarCancel}
        </button>
        <button type="button" className={pk('pk-button pk-button-primary')} onClick={() => onConfirm(rect)}>
          {messages.avatarUseCrop}
        </button>
      </div>
    </ModalDialog>
  );
}
