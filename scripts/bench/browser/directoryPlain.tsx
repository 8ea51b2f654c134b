// The floor: the same 100 users fetched with useEffect and drawn as a plain React table (a checkbox, the same
// seven columns), with a search input holding its text in useState. No library, no styles.
import { useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { directoryFetch, type directoryUsers } from './directoryFixture';
import { markRender } from './fixture';

type Row = (typeof directoryUsers)[number];

function Search() {
  const [text, setText] = useState('');
  return (
    <input type="search" aria-label="Search users" value={text} onChange={(event) => setText(event.target.value)} />
  );
}

function Table() {
  const [users, setUsers] = useState<Row[]>();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  // Made while rendering, as the kit does (a formatter made before the first render would leave its cost out).
  const date = useMemo(() => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }), []);
  useEffect(() => {
    void directoryFetch('http://bench.test/users')
      .then((response) => response.json())
      .then((body: { data: Row[] }) => setUsers(body.data));
  }, []);
  if (!users) return <p>Loading users…</p>;
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">
            <input type="checkbox" aria-label="Select every user on this page" />
          </th>
          {['User', 'UID', 'Role', 'Status', 'Tags', 'Last active', 'Created'].map((label) => (
            <th key={label} scope="col">
              {label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {users.map((user) => (
          <tr key={user.uid}>
            <td>
              <input
                type="checkbox"
                aria-label={`Select ${user.name}`}
                checked={selected.has(user.uid)}
                onChange={() => setSelected((current) => new Set(current).add(user.uid))}
              />
            </td>
            <td>
              <button type="button">{user.name}</button>
            </td>
            <td>{user.uid}</td>
            <td>{user.role}</td>
            <td>{user.status}</td>
            <td>{user.tags.join(', ')}</td>
            <td>{date.format(new Date(user.lastActiveAt * 1000))}</td>
            <td>{date.format(new Date(user.createdAt * 1000))}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

markRender();
createRoot(document.getElementById('root') as HTMLElement).render(
  <>
    <Search />
    <Table />
  </>,
);
