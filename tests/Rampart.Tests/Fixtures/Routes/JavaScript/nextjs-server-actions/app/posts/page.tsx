import { db } from '@/lib/db';

export default async function PostsPage() {
  const posts = await db.post.findMany();

  async function likePost(formData: FormData) { // expect: RMP-C001
    'use server';
    await db.post.update({ where: { id: String(formData.get('id')) }, data: { likes: { increment: 1 } } });
  }

  return (
    <ul>
      {posts.map((post) => (
        <li key={post.id}>
          {post.title} — {post.likes} likes / {post.views} views
          <form action={likePost}>
            <input type="hidden" name="id" value={post.id} />
            <button type="submit">Like</button>
          </form>
        </li>
      ))}
    </ul>
  );
}
