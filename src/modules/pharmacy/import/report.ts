import type { MedicineImportReport } from './medicines.import.ts';

function short(value: unknown): string {
  const text = value === null || value === undefined ? '—' : String(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/** The import's report as the CLI prints it. */
export function formatMedicineImportReport(report: MedicineImportReport): string[] {
  const line = (
    label: string,
    c: { rows: number; inserted: number; updated: number; unchanged: number },
  ) =>
    `${label.padEnd(13)} ${String(c.rows).padStart(6)} rows: ${c.inserted} inserted, ${c.updated} updated, ${c.unchanged} unchanged`;
  const m = report.medicines;
  const lines = [
    line('manufacturers', report.manufacturers),
    line('generics', report.generics),
    `${line('medicines', m)}, ${m.adopted} demo entries adopted, ${m.removedFromSource} no longer in the source (kept)`,
    `classes       otc ${report.classes.otc}, rx ${report.classes.rx}, rx_strict ${report.classes.rx_strict}` +
      (m.classKept ? ` (${m.classKept} set by an admin, kept)` : ''),
  ];
  if (report.productsUpdated > 0) {
    lines.push(`products      ${report.productsUpdated} linked products took the new facts`);
  }
  for (const example of report.examples) {
    const changes = Object.entries(example.changes)
      .map(([field, c]) => `${field} ${short(c.from)} → ${short(c.to)}`)
      .join(', ');
    lines.push(`  changed ${example.brand} (#${example.sourceId}): ${changes}`);
  }
  return lines;
}
