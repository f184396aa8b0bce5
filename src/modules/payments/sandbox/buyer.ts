/**
 * Plays the buyer on a sandbox's hosted page over HTTP, as a browser would: loads the page, submits the
 * chosen button and reports where the gateway sends the browser next (a redirect or an auto-POST form).
 */
export type BuyerOutcome =
  | { kind: 'redirect'; location: string; query: Record<string, string> }
  | { kind: 'post'; action: string; fields: Record<string, string> };

export function formFields(html: string): { action: string; fields: Record<string, string> } {
  const action = /<form[^>]*action="([^"]*)"/.exec(html)?.[1] ?? '';
  const fields: Record<string, string> = {};
  for (const m of html.matchAll(/<input type="hidden" name="([^"]*)" value="([^"]*)">/g)) {
    fields[unescape(m[1]!)] = unescape(m[2]!);
  }
  return { action: unescape(action), fields };
}

function unescape(v: string) {
  return v
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

export async function actOnPaymentPage(
  pageUrl: string,
  decision: 'approve' | 'fail' | 'cancel',
): Promise<BuyerOutcome> {
  const page = await fetch(pageUrl);
  if (!page.ok) throw new Error(`payment page ${page.status}`);
  const { action, fields } = formFields(await page.text());
  const answer = await fetch(new URL(action, pageUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ ...fields, decision }).toString(),
    redirect: 'manual',
  });
  const location = answer.headers.get('location');
  if (answer.status >= 300 && answer.status < 400 && location) {
    return {
      kind: 'redirect',
      location,
      query: Object.fromEntries(new URL(location).searchParams),
    };
  }
  if (!answer.ok) throw new Error(`decision ${answer.status}: ${await answer.text()}`);
  return { kind: 'post', ...formFields(await answer.text()) };
}
