export default function Example({ user }) {
  const count = user.items.length / 2;
  return (
    <section className="example">
      <p>Call app.post('/admin/reset', handler) to reset // not a comment</p>
      <code>{`app.delete('/admin/${user.id}', wipe)`}</code>
      {user.isAdmin && <a href="/admin">Admin</a>}
      <span>{count}/{user.items.length}</span>
    </section>
  );
}
