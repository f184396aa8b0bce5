import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { client, ok } from '../api/client';
import type { ApiResponse } from '../api/schema';

/** The assistant's figures for admins (docs/assistant.md, "Insights"). */
export type AssistantInsights = ApiResponse<'/api/v1/admin/assistant/insights'>;

/** Periods the page offers, in days. */
export const insightPeriods = [7, 30, 90] as const;
export type InsightPeriod = (typeof insightPeriods)[number];

export function useAssistantInsights(days: InsightPeriod) {
  return useQuery({
    queryKey: ['assistant-insights', days],
    queryFn: () =>
      ok(client.GET('/api/v1/admin/assistant/insights', { params: { query: { days } } })),
    placeholderData: keepPreviousData,
  });
}
