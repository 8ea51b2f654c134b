import type { ListUsersQuery } from '@profilekit/core';
import { type DirectoryRouter, UserDirectory, useUserDirectory } from '@profilekit/react/directory';
import '@profilekit/react/styles.css';

// Drop-in: search, filters, sort and page in the URL; select users and act on them in bulk; a row opens
// in a side panel (UserForm + UserDangerZone). The provider's client must be an admin client
// (createBackendClient in a browser: your backend holds the REST API key).
export const AdminUsersPage = () => (
  <UserDirectory
    roles={['default', 'moderator', 'admin']}
    columns={['user', 'role', 'status', 'tags', 'lastActiveAt']}
    defaults={{ pageSize: 50, deactivated: 'include' }}
    toolbar={(directory) => <ExportButton query={directory.query} />}
  />
);

// The toolbar gets the directory: `query` is the server query of what is shown (every page of it).
function ExportButton({ query }: { query: ListUsersQuery }) {
  return (
    <button type="button" onClick={() => console.log('export', { ...query, page: undefined })}>
      Export
    </button>
  );
}

// Your router instead of history.replaceState (here React Router's useSearchParams, passed in).
export const WithYourRouter = ({
  params,
  setParams,
}: {
  params: URLSearchParams;
  setParams: (next: URLSearchParams, options: { replace: boolean }) => void;
}) => {
  const router: DirectoryRouter = { read: () => params, write: (next) => setParams(next, { replace: true }) };
  return <UserDirectory router={router} />;
};

// Headless: the same state, selection and bulk actions for a table of your own.
export function MyDirectory() {
  const directory = useUserDirectory();
  return (
    <>
      <input
        aria-label="Search users"
        defaultValue={directory.state.search}
        onChange={(event) => directory.change({ search: event.target.value })}
      />
      <ul>
        {directory.pageUsers.map((user) => (
          <li key={user.uid}>
            <label>
              <input
                type="checkbox"
                checked={directory.isSelected(user.uid)}
                onChange={(event) =>
                  directory.toggle(user, { range: (event.nativeEvent as MouseEvent).shiftKey === true })
                }
              />
              {user.name}
            </label>
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => directory.runBulk({ kind: 'deactivate' })}>
        Deactivate {directory.selectedCount}
      </button>
    </>
  );
}
