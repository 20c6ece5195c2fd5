import { auth } from '@clerk/nextjs/server';
import { storage } from '@/lib/storage';

export async function DELETE(_req: Request, { params }: { params: { path?: string[] } }) {
  await auth.protect();
  await storage.remove((params.path ?? []).join('/'));
  return new Response(null, { status: 204 });
}
