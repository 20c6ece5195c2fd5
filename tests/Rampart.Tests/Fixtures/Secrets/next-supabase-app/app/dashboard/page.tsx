"use client";

import { createClient } from "@supabase/supabase-js";

const supabase = createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!);
const analyticsToken = "GDiRWcQH5ylbRfX3queKduhjK36C7zGo"; // expect: RMP-S313

export default function Dashboard() {
  return <main>Notes for {supabase ? "you" : "nobody"}</main>;
}
