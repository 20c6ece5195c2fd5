'use server';

import { exec } from 'child_process';
import { db } from '@/lib/db';

export async function exportWorkspace(formData: FormData) {
  const workspace = formData.get('workspace');
  exec(`tar -czf /tmp/export.tgz /data/${workspace}`); // expect: RMP-C022
}

export async function renameWorkspace(id: string, name: string) {
  await db.collection('workspaces').updateOne({ _id: id }, { $set: { name } }); // expect: RMP-C021
  await db.collection('workspaces').updateOne({ _id: String(id) }, { $set: { name: String(name) } });
}
