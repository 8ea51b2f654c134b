/** A page's title and one line saying what it is for. */
export function PageHeader({ id, title, lead }: { id: string; title: string; lead?: string }) {
  return (
    <div className="demo-page-header">
      <h1 id={id}>{title}</h1>
      {lead && <p className="demo-lead">{lead}</p>}
    </div>
  );
}
