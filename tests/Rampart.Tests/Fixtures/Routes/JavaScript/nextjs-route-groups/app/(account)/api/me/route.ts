import { createClient } from '@/lib/supabase/server';

export async function PATCH(request: Request) {
  const supabase = createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return new Response('Not signed in', { status: 401 });
  const { error } = await supabase.from('profiles').update(await request.json()).eq('id', user.id);
  return Response.json({ ok: !error });
}
