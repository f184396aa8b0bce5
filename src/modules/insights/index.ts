/**
 * Insights: demand forecasts and restock suggestions (docs/insights.md) and recommendations
 * (docs/insights-recommendations.md). Pure functions so far; the nightly jobs and the API come with
 * the module's routes.
 */
export { classifyDemand, demandStats, type DemandPattern } from './forecast/classify.ts';
export {
  forecastItem,
  mase,
  type ItemForecast,
  type ForecastOptions,
} from './forecast/forecast.ts';
export { inverseNormal, suggestRestock, type RestockSuggestion } from './forecast/restock.ts';
export { eventCalendar, estimateUplifts, type EventKind, type Uplifts } from './forecast/events.ts';
export { frequentlyBoughtTogether, forYou, popularNearby } from './recommend/index.ts';
