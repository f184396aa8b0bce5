import { z } from 'zod';
import type { AppContext } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import type { AuthUser } from '../../../platform/http/auth.ts';
import { canManageShop } from '../../shops/index.ts';
import { completeText } from '../llm/index.ts';
import { DOSAGE_ADVICE, factList, type ProductFacts } from './descriptions.facts.ts';
import { templateDrafts, type Draft } from './descriptions.templates.ts';

export type DraftRequest = { lang: 'bn' | 'en' | 'both'; count: number };
export type DraftOut = Draft & { source: 'template' | 'llm' };

/** The product's facts, for its shop's owner (or an admin); anyone else's product is "not found". */
async function productFacts(
  ctx: AppContext,
  user: AuthUser,
  productId: string,
): Promise<ProductFacts> {
  const row = await ctx.db
    .selectFrom('products as p')
    .innerJoin('shops as s', 's.id', 'p.shop_id')
    .leftJoin('categories as c', 'c.id', 'p.category_id')
    .select([
      'p.kind',
      'p.name_bn',
      'p.name_en',
      'p.unit',
      'p.attributes',
      's.owner_id',
      's.name_bn as shop_bn',
      's.name_en as shop_en',
      'c.name_bn as category_bn',
      'c.name_en as category_en',
    ])
    .where('p.id', '=', productId)
    .executeTakeFirst();
  if (!row || !canManageShop(user, row)) throw new AppError('PRODUCT_NOT_FOUND');
  const variants = await ctx.db
    .selectFrom('product_variants')
    .select('label')
    .where('product_id', '=', productId)
    .orderBy('position')
    .execute();
  return {
    kind: row.kind,
    nameBn: row.name_bn,
    nameEn: row.name_en,
    unit: row.unit,
    categoryBn: row.category_bn,
    categoryEn: row.category_en,
    shopBn: row.shop_bn,
    shopEn: row.shop_en,
    sizes: variants.map((v) => v.label).filter((l): l is string => !!l),
    attributes: (row.attributes ?? {}) as ProductFacts['attributes'],
  };
}

const llmAnswer = z.object({
  drafts: z
    .array(z.object({ lang: z.enum(['bn', 'en']), text: z.string().min(10).max(3000) }))
    .max(20),
});

const SYSTEM = [
  'You write short product descriptions for sellers on Haat, a marketplace in Bangladesh.',
  'Use ONLY the facts given; never add claims, ingredients, health benefits, prices or anything not listed.',
  'Bengali drafts are in Bengali script with Bengali digits (০-৯); English drafts in plain English.',
  'For medicines: facts only (generic name, strength, form, manufacturer, whether a prescription is needed). Never dosage, frequency, indications or treatment advice.',
  'Each draft 2-4 sentences, each draft different in opening and wording.',
  'Answer with JSON only: {"drafts":[{"lang":"bn"|"en","text":"..."}]}.',
].join('\n');

/** Drafts from the LLM, checked (language, no dosage for medicines); null → use the templates. */
async function llmDrafts(
  ctx: AppContext,
  facts: ProductFacts,
  request: DraftRequest,
): Promise<Draft[] | null> {
  const payload = {
    nameBn: facts.nameBn,
    nameEn: facts.nameEn,
    kind: facts.kind,
    facts: factList(facts),
    lang: request.lang,
    count: request.count,
  };
  const text = await completeText(ctx, {
    purpose: 'description',
    system: SYSTEM,
    user: `Write ${request.count} draft(s) per language (${request.lang}).\nFACTS: ${JSON.stringify(payload)}`,
    maxTokens: 1500,
  });
  if (!text) return null;
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^```(?:json)?\s*|\s*```$/g, ''));
  } catch {
    return null;
  }
  const parsed = llmAnswer.safeParse(json);
  if (!parsed.success) return null;
  const wanted = request.lang === 'both' ? ['bn', 'en'] : [request.lang];
  const drafts = parsed.data.drafts
    .map((d) => ({ lang: d.lang, text: d.text.normalize('NFC').trim() }))
    .filter((d) => wanted.includes(d.lang))
    .filter((d) => facts.kind !== 'medicine' || !DOSAGE_ADVICE.test(d.text));
  return drafts.length > 0 ? drafts : null;
}

/**
 * Description drafts for a product the seller manages: the LLM's when one is configured and its
 * answer passes the checks, the offline templates' otherwise. The seller edits and saves one
 * through the product's own PATCH; nothing is saved here.
 */
export async function descriptionDrafts(
  ctx: AppContext,
  user: AuthUser,
  productId: string,
  request: DraftRequest,
): Promise<{ items: DraftOut[] }> {
  const facts = await productFacts(ctx, user, productId);
  const langs: ('bn' | 'en')[] = request.lang === 'both' ? ['bn', 'en'] : [request.lang];
  const fromLlm = await llmDrafts(ctx, facts, request);
  if (fromLlm) {
    const items = langs.flatMap((lang) =>
      fromLlm.filter((d) => d.lang === lang).slice(0, request.count),
    );
    if (items.length > 0) return { items: items.map((d) => ({ ...d, source: 'llm' })) };
  }
  return {
    items: langs.flatMap((lang) =>
      templateDrafts(facts, lang, request.count).map((d) => ({
        ...d,
        source: 'template' as const,
      })),
    ),
  };
}
