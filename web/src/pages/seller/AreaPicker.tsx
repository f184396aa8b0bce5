import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { client, ok } from '../../api/client';
import type { Place, PlaceId } from '../../api/types';
import { ErrorBox } from '../../components/Feedback';
import { SelectField } from '../../components/Field';
import { PlaceSearch } from './PlaceSearch';

const MAX_DEPTH = 4;

export function placeName(place: Pick<Place, 'nameBn' | 'nameEn'>, lang: string) {
  return lang === 'en' ? place.nameEn : place.nameBn;
}

type Props = {
  /** Chain of selected place ids, division first. */
  value: PlaceId[];
  onChange: (chain: PlaceId[], deepest: Place | null) => void;
};

/**
 * A place found by name (any script), or division → district → upazila/area → area, each list
 * loaded from /geo/places.
 */
export function AreaPicker({ value, onChange }: Props) {
  const levels = Array.from({ length: MAX_DEPTH }, (_, i) => i).filter(
    (i) => i === 0 || value[i - 1] !== undefined,
  );
  return (
    <fieldset className="area-picker" data-testid="area-picker">
      <PlaceSearch onPick={onChange} />
      {levels.map((depth) => (
        <PlaceSelect
          key={`${depth}-${value[depth - 1] ?? 'root'}`}
          depth={depth}
          parentId={depth === 0 ? null : (value[depth - 1] ?? null)}
          selected={String(value[depth] ?? '')}
          onSelect={(place) => {
            const chain = value.slice(0, depth);
            if (place) chain.push(place.id);
            onChange(chain, place);
          }}
        />
      ))}
    </fieldset>
  );
}

function PlaceSelect(props: {
  depth: number;
  parentId: PlaceId | null;
  selected: string;
  onSelect: (place: Place | null) => void;
}) {
  const { depth, parentId, selected, onSelect } = props;
  const { t, i18n } = useTranslation();
  const query = useQuery({
    queryKey: ['places', String(parentId ?? 'divisions')],
    queryFn: () =>
      ok(
        client.GET('/api/v1/geo/places', {
          params: { query: parentId !== null ? { parentId } : { level: 'division' } },
        }),
      ),
    staleTime: Infinity,
  });
  const collator = new Intl.Collator(i18n.language === 'en' ? 'en' : 'bn');
  const items = [...(query.data?.items ?? [])].sort((a, b) =>
    collator.compare(placeName(a, i18n.language), placeName(b, i18n.language)),
  );
  if (query.error) return <ErrorBox error={query.error} />;
  if (depth > 0 && query.isSuccess && items.length === 0) return null;

  const levelsHere = new Set(items.map((p) => p.level));
  const label =
    levelsHere.size === 1
      ? t(`geo.level.${[...levelsHere][0]}`)
      : levelsHere.size > 1
        ? t('geo.level.upazilaOrArea')
        : t(`geo.depth.${depth}`);

  return (
    <SelectField
      label={label}
      name={`place-${depth}`}
      value={selected}
      disabled={query.isPending}
      data-testid={`place-select-${depth}`}
      onChange={(event) => onSelect(items.find((p) => String(p.id) === event.target.value) ?? null)}
    >
      <option value="">{query.isPending ? t('common.loading') : t('geo.choose')}</option>
      {items.map((place) => (
        <option key={place.id} value={String(place.id)}>
          {placeName(place, i18n.language)}
        </option>
      ))}
    </SelectField>
  );
}
