import { describe, expect, it } from 'vitest';
import { HELDOUT226_PAGES } from '../test-support/pages-heldout226.js';
import { HELDOUT422_PAGES } from '../test-support/pages-heldout422.js';
import { leakedTexts as present, pageNamed as page } from '../test-support/round-kit.js';

describe('batch 422 (round 98)', () => {
  it("reads every section of an article whose sections share a compound class word (Squarespace's page-section)", () => {
    const allergens = page(HELDOUT422_PAGES, 'heldout422-squarespace-bakery-allergens');
    const prose = allergens.body.filter((b) => b.length > 60);
    expect(prose.length).toBeGreaterThan(3);
    expect(present(allergens, prose)).toEqual(prose);
  });

  it("does not read tabs that share only a plain word as one run (WordPress.org's hidden plugin tabs)", () => {
    const plugin = page(HELDOUT226_PAGES, 'heldout226-wordpress-plugin-changelog');
    const developers = plugin.furniture.filter((f) => /contributors|development|developers/i.test(f));
    expect(developers.length).toBeGreaterThan(3);
    expect(present(plugin, developers)).toEqual([]);
    const changelog = plugin.body.filter((b) => b.length > 40);
    expect(present(plugin, changelog)).toEqual(changelog);
  });
});
