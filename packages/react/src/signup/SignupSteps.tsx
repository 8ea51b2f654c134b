import { describeError } from '../messages/describeError';
import type { SignupMessages, UserFormMessages } from '../messages/formMessages';
import { usePkClass } from '../theme/usePkClass';
import { type SignupStep, type SignupStepStatus, signupSteps } from './useSignupSteps';

const stepLabel = (step: SignupStep, m: UserFormMessages & SignupMessages) =>
  ({ details: m.stepDetails, register: m.stepRegister, createUser: m.stepCreateUser, login: m.stepLogin })[step];

const statusLabel = (status: SignupStepStatus, m: UserFormMessages & SignupMessages) =>
  ({ pending: m.stepPending, running: m.stepRunning, done: m.stepDone, skipped: m.stepSkipped, failed: m.stepFailed })[
    status
  ];

/**
 * The steps of a sign-up with their state; a failed step shows why and a Retry button that
 * resubmits the form (nothing needs retyping; finished steps are not repeated).
 *
 * @example
 * ```tsx
 * <SignupSteps steps={signup.steps} messages={messages} />
 * ```
 */
export function SignupSteps({
  steps,
  messages,
}: {
  steps: Record<SignupStep, { status: SignupStepStatus; error?: unknown }>;
  messages: UserFormMessages & SignupMessages;
}) {
  const pk = usePkClass();
  return (
    <ol className={pk('pk-steps')} aria-label={messages.signupProgress}>
      {signupSteps.map((step) => {
        const { status, error } = steps[step];
        return (
          <li
            key={step}
            className={pk('pk-step')}
            data-step={step}
            data-status={status}
            aria-current={status === 'running' ? 'step' : undefined}
          >
            <span className={pk('pk-step-label')}>{stepLabel(step, messages)}</span>{' '}
            <span className={pk('pk-step-status')}>{statusLabel(status, messages)}</span>
            {status === 'failed' && (
              <>
                {error !== undefined && (
                  <span className={pk('pk-step-error')}>{describeError(error, messages).message}</span>
                )}
                <button type="submit" className={pk('pk-button pk-button-secondary')}>
                  {messages.retry}
                </button>
              </>
            )}
          </li>
        );
      })}
    </ol>
  );
}
