import { useLayoutEffect, useRef, useState } from 'react';
import { defaultRangeExtractor, measureElement, useWindowVirtualizer, type Range, type Virtualizer } from '@tanstack/react-virtual';
import type { Mention } from '../lib/schema';
import { MentionCard } from './MentionCard';

/**
 * Up to this many cards the list renders whole: the browser's find and Tab then reach every card,
 * and the cost is a few milliseconds. Longer lists (a viral thread can bring a thousand mentions
 * to one tab) render only the cards near the viewport.
 */
export const WHOLE_LIST_MAX = 50;
/** Cards rendered beyond each edge of the viewport, so a fast scroll or Tab finds them drawn. */
const OVERSCAN = 6;
/** A card with a two-line text and no open reasons; measured cards replace the estimate. */
export const ESTIMATED_CARD_HEIGHT = 112;
/** The space between cards (was the list's flex gap). */
const GAP = 8;

/**
 * The range to render: everything for short lists; otherwise the library's window plus the
 * selected card, so its selection and focus survive scrolling away and back.
 */
function rangeWith(selectedIndex: number) {
  return (range: Range): number[] => {
    if (range.count <= WHOLE_LIST_MAX) return Array.from({ length: range.count }, (_, i) => i);
    const indexes = defaultRangeExtractor(range);
    if (selectedIndex < 0 || indexes.includes(selectedIndex)) return indexes;
    return [...indexes, selectedIndex].sort((a, b) => a - b);
  };
}

/**
 * A card's measured height. Zero means no layout (a hidden panel, or a test's DOM without one);
 * a card is never zero tall, so the estimate stands until a real measurement comes.
 */
function measureCard(element: Element, entry: ResizeObserverEntry | undefined, instance: Virtualizer<Window, Element>): number {
  const measured = measureElement(element, entry, instance);
  return measured > 0 ? measured : ESTIMATED_CARD_HEIGHT;
}

/** An element's distance from the top of the document, from layout alone (the same at any scroll offset). */
function documentTop(element: HTMLElement): number {
  let top = 0;
  for (let e: HTMLElement | null = element; e; e = e.offsetParent as HTMLElement | null) top += e.offsetTop;
  return top;
}

/**
 * The list's distance from the top of the document, which the window's scroll offset is measured
 * against. Checked after every render: a warning or hint above the list moves it down.
 */
function useListOffset(list: React.RefObject<HTMLOListElement | null>): number {
  const [offset, setOffset] = useState(0);
  useLayoutEffect(() => {
    const top = list.current ? documentTop(list.current) : 0;
    if (Math.abs(top - offset) >= 1) setOffset(top);
  });
  return offset;
}

/**
 * The Queue's cards, virtualised against the panel's own scroll (the window): cards sit in the
 * list by their measured offsets, and stay its direct children for anything that reads the list.
 */
export function MentionList({
  mentions,
  selectedId,
  label,
  onSelect,
}: {
  mentions: Mention[];
  selectedId: string | null;
  label: string;
  onSelect: (mention: Mention) => void;
}) {
  const list = useRef<HTMLOListElement>(null);
  const scrollMargin = useListOffset(list);
  const selectedIndex = selectedId ? mentions.findIndex((m) => m.id === selectedId) : -1;
  const virtualizer = useWindowVirtualizer({
    count: mentions.length,
    estimateSize: () => ESTIMATED_CARD_HEIGHT,
    getItemKey: (i) => mentions[i]!.id,
    overscan: OVERSCAN,
    gap: GAP,
    scrollMargin,
    rangeExtractor: rangeWith(selectedIndex),
    measureElement: measureCard,
  });
  return (
    <ol ref={list} className="mentions" aria-label={label} style={{ height: virtualizer.getTotalSize() }}>
      {virtualizer.getVirtualItems().map((item) => {
        const m = mentions[item.index]!;
        return (
          <MentionCard
            key={item.key}
            ref={virtualizer.measureElement}
            index={item.index}
            offset={item.start - scrollMargin}
            mention={m}
            selected={m.id === selectedId}
            onSelect={onSelect}
          />
        );
      })}
    </ol>
  );
}
