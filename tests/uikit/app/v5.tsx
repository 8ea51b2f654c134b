import * as kit from 'uikit-v5';
import 'uikit-v5/css-variables.css';
import { mountKit, type UiKit } from './mountKit';

mountKit(kit as unknown as UiKit).catch((error: unknown) => {
  document.body.dataset.error = String(error instanceof Error ? error.message : JSON.stringify(error));
});
