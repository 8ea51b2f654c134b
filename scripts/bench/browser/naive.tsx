// The baseline the issue compares against: the same fields written the way many forms start — one
// useState per field in one component, the whole form re-rendered on every keystroke, no library.
import { type FormEvent, type KeyboardEvent, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { type BenchUser, benchFetch, benchUser, markRender, metadataText } from './fixture';

function NaiveForm({ user, signup = false }: { user?: BenchUser; signup?: boolean }) {
  const [uid, setUid] = useState(user?.uid ?? '');
  const [name, setName] = useState(user?.name ?? '');
  const [avatar, setAvatar] = useState(user?.avatar ?? '');
  const [link, setLink] = useState(user?.link ?? '');
  const [role] = useState(user?.role ?? '');
  const [metadata, setMetadata] = useState(user ? metadataText(user.metadata) : '');
  const [statusMessage, setStatusMessage] = useState(user?.statusMessage ?? '');
  const [tags, setTags] = useState(user?.tags ?? []);
  const [tag, setTag] = useState('');
  const submit = (event: FormEvent) => event.preventDefault();
  const suggestion = uid === '' ? name.toLowerCase().replace(/[^a-z0-9]+/g, '-') : '';
  const onTagKey = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && tag.trim() !== '') {
      event.preventDefault();
      setTags([...tags, tag.trim()]);
      setTag('');
    }
  };
  const lastActive = new Date((user?.lastActiveAt ?? 0) * 1000);
  return (
    <form onSubmit={submit} noValidate>
      {user && (
        <dl>
          <dt>Status</dt>
          <dd>{user.status}</dd>
          <dt>Last active</dt>
          <dd>
            <time title={lastActive.toLocaleString()}>
              {Math.round((Date.now() - lastActive.getTime()) / 60_000)} minutes ago
            </time>
          </dd>
        </dl>
      )}
      <label>
        UID
        <input name="uid" value={uid} readOnly={!signup} onChange={(e) => setUid(e.target.value)} />
      </label>
      {signup && suggestion !== '' && <p>Suggested: {suggestion}</p>}
      <label>
        Name
        <input name="name" value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <label>
        Avatar
        <input name="avatar" type="url" value={avatar} onChange={(e) => setAvatar(e.target.value)} />
      </label>
      <label>
        Link
        <input name="link" type="url" value={link} onChange={(e) => setLink(e.target.value)} />
      </label>
      {/* The sign-up's fields are the policy table's signup column: all of them but the role. */}
      {!signup && (
        <label>
          Role
          <input name="role" value={role} readOnly />
        </label>
      )}
      <label>
        Metadata
        <textarea name="metadata" rows={6} value={metadata} onChange={(e) => setMetadata(e.target.value)} />
      </label>
      <p>{new TextEncoder().encode(metadata).length} B of 5 KB</p>
      <label>
        Status message
        <textarea
          name="statusMessage"
          rows={3}
          value={statusMessage}
          onChange={(e) => setStatusMessage(e.target.value)}
        />
      </label>
      <ul>
        {tags.map((t) => (
          <li key={t}>
            {t}
            <button type="button" onClick={() => setTags(tags.filter((o) => o !== t))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <label>
        Tags
        <input value={tag} onChange={(e) => setTag(e.target.value)} onKeyDown={onTagKey} />
      </label>
      <button type="submit">Save</button>
    </form>
  );
}

function NaiveProfile() {
  const [user, setUser] = useState<BenchUser>();
  useEffect(() => {
    benchFetch('http://bench.test/me')
      .then((response) => response.json())
      .then((body: { data: BenchUser }) => setUser(body.data));
  }, []);
  return user ? <NaiveForm user={user} /> : <p>Loading…</p>;
}

const component = BENCH_COMPONENT;
const Page =
  component === 'SignupFlow'
    ? () => <NaiveForm signup />
    : component === 'UserForm'
      ? () => <NaiveForm user={benchUser} />
      : NaiveProfile;

markRender();
createRoot(document.getElementById('root') as HTMLElement).render(<Page />);
