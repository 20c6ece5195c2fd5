import { readFile } from 'fs/promises';
import path from 'path';
import { NextRequest, NextResponse } from 'next/server';

const ROOT = path.join(process.cwd(), 'content');

export async function GET(request: NextRequest, { params }: { params: Promise<{ name: string }> }) {
  const { name } = await params;
  const body = await readFile(path.join(ROOT, name), 'utf8'); // expect: RMP-C023
  return new NextResponse(body);
}

export async function HEAD(request: NextRequest, { params }: { params: Promise<{ name: string }> }) {
  const { name } = await params;
  const body = await readFile(path.join(ROOT, path.basename(name)), 'utf8');
  return new NextResponse(null, { headers: { 'content-length': String(body.length) } });
}
