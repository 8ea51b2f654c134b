import type { CometChat } from '@cometchat/chat-sdk-javascript';
import { describe, expectTypeOf, it } from 'vitest';
import type { BackendUserClient } from '../backend/withBackend';
import type { UserClient } from '../client';
import type { PresenceListener } from '../events/ProfileEvent';
import type { CometChatLike } from '../sdk/cometChatLike';
import type { SdkUserClient } from '../sdk/createSdkClient';

type Subscribe = (listener: PresenceListener) => () => void;

describe('presence from the SDK in the client types', () => {
  it("the official SDK's CometChat fits CometChatLike, user listeners included", () => {
    expectTypeOf<typeof CometChat>().toExtend<CometChatLike>();
    expectTypeOf<
      Required<Pick<typeof CometChat, 'addUserListener' | 'removeUserListener' | 'UserListener'>>
    >().toExtend<Required<Pick<CometChatLike, 'addUserListener' | 'removeUserListener' | 'UserListener'>>>();
  });

  it("createSdkClient's client always has subscribeToPresence; a plain UserClient may not", () => {
    expectTypeOf<SdkUserClient['subscribeToPresence']>().toEqualTypeOf<Subscribe>();
    expectTypeOf<UserClient['subscribeToPresence']>().toEqualTypeOf<Subscribe | undefined>();
  });

  it('withBackend keeps subscribeToPresence exactly when the CometChat-side client has it', () => {
    expectTypeOf<BackendUserClient<SdkUserClient>['subscribeToPresence']>().toEqualTypeOf<Subscribe>();
    expectTypeOf<BackendUserClient['subscribeToPresence']>().toEqualTypeOf<Subscribe | undefined>();
  });
});
