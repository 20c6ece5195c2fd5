'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { auth } from '@/lib/auth';
import { db } from '@/lib/db';

export async function createPost(formData: FormData) {
  const session = await auth();
  if (!session?.user) redirect('/login');
  await db.post.create({ data: { title: String(formData.get('title')), authorId: session.user.id } });
  revalidatePath('/posts');
}

export async function deletePost(id: string) { // expect: RMP-C001
  await db.post.delete({ where: { id } });
  revalidatePath('/posts');
}

function slugify(title: string) {
  return title.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}
