import { NextResponse } from 'next/server';
import { cookies } from 'next/headers';
import { decodeJwt } from 'jose';

export async function POST(request: Request) {
  const { url, title } = await request.json();
  const page = await fetch(url); // expect: RMP-C024
  console.log('preview requested', { title });
  const session = (await cookies()).get('session')?.value ?? '';
  const claims = decodeJwt(session); // expect: RMP-C010
  if (claims.plan !== 'pro') {
    return NextResponse.json({ error: 'upgrade' }, { status: 402 });
  }
  return NextResponse.json({ html: await page.text() });
}

export async function PUT(request: Request) {
  const body = await request.json();
  console.log('preview settings', body); // expect: RMP-C031
  (await cookies()).set('session', body.session, { secure: true }); // expect: RMP-C015
  (await cookies()).set('session', body.session, { httpOnly: true, secure: true, sameSite: 'lax' });
  (await cookies()).set('sidebar', 'collapsed');
  return NextResponse.json({ ok: true });
}
