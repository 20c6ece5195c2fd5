import { NextResponse } from 'next/server';
import { db } from '@/lib/db';

// Public sign-up form posts here; the matcher does not cover /api/newsletter.
export async function POST(request: Request) { // expect: RMP-C001
  const { email } = await request.json();
  await db.subscriber.upsert({ where: { email }, create: { email }, update: {} });
  return NextResponse.json({ ok: true });
}
