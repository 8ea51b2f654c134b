// The floor under the kit's SignupFlow: the naive sign-up's fields (the policy table's signup column: all but
// the role) and uid suggestion written with react-hook-form alone (useForm + register + useWatch), no
// profilekit, no TanStack Query. The kit keeps react-hook-form, so its mount cannot be cheaper than this page's;
// the bench prints both beside naive.
import { createRoot } from 'react-dom/client';
import { type Control, useForm, useWatch } from 'react-hook-form';
import { markRender } from './fixture';

type Values = {
  uid: string;
  name: string;
  avatar: string;
  link: string;
  metadata: string;
  statusMessage: string;
  tag: string;
};

function Suggestion({ control }: { control: Control<Values> }) {
  const [uid, name] = useWatch({ control, name: ['uid', 'name'] });
  const suggestion = uid === '' ? name.toLowerCase().replace(/[^a-z0-9]+/g, '-') : '';
  return suggestion === '' ? null : <p>Suggested: {suggestion}</p>;
}

function MetadataSize({ control }: { control: Control<Values> }) {
  const metadata = useWatch({ control, name: 'metadata' });
  return <p>{new TextEncoder().encode(metadata).length} B of 5 KB</p>;
}

function RhfSignup() {
  const { register, handleSubmit, control } = useForm<Values>({
    defaultValues: { uid: '', name: '', avatar: '', link: '', metadata: '', statusMessage: '', tag: '' },
  });
  return (
    <form onSubmit={handleSubmit(() => {})} noValidate>
      <label>
        UID
        <input {...register('uid')} />
      </label>
      <Suggestion control={control} />
      <label>
        Name
        <input {...register('name')} />
      </label>
      <label>
        Avatar
        <input type="url" {...register('avatar')} />
      </label>
      <label>
        Link
        <input type="url" {...register('link')} />
      </label>
      <label>
        Metadata
        <textarea rows={6} {...register('metadata')} />
      </label>
      <MetadataSize control={control} />
      <label>
        Status message
        <textarea rows={3} {...register('statusMessage')} />
      </label>
      <ul />
      <label>
        Tags
        <input {...register('tag')} />
      </label>
      <button type="submit">Sign up</button>
    </form>
  );
}

markRender();
createRoot(document.getElementById('root') as HTMLElement).render(<RhfSignup />);
