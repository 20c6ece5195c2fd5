import { NextRequest, NextResponse } from 'next/server';
import { db } from '@/lib/db';

export async function GET(request: NextRequest) {
  const q = request.nextUrl.searchParams.get('q') ?? '';
  const apiKey = request.nextUrl.searchParams.get('apiKey'); // expect: RMP-C044
  const docs = await db.collection('docs').find({ $where: `this.title.includes('${q}')` }).toArray(); // expect: RMP-C021
  const byTag = await db.collection('docs').find({ tag: q }).toArray();
  return NextResponse.json({ docs, byTag, keyed: Boolean(apiKey) });
}

export async function POST(request: NextRequest) {
  const filter = await request.json();
  const docs = await db.collection('docs').find(filter).toArray(); // expect: RMP-C021
  return NextResponse.json(docs);
}
