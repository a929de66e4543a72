import { describe, expect, it } from 'vitest';
import { harbourStory, norm } from '../test-support/page-kit.js';
import { extractArticle } from './extract.js';

const read = (inner: string): string => norm(extractArticle(harbourStory(inner)).text);
const ingredient = (amount: string, unit: string, name: string): string =>
  `<li class="wprm-recipe-ingredient"><span class="wprm-recipe-ingredient-amount">${amount}</span> ` +
  `<span class="wprm-recipe-ingredient-unit">${unit}</span> <span class="wprm-recipe-ingredient-name">${name}</span></li>`;

describe('amounts of a recipe card and labels left without their value (measures.ts, structure.ts; round 14)', () => {
  it('keeps the amount of each ingredient line: whole numbers, fractions, mixed numbers, ranges and vulgar fractions', () => {
    const list = `<h2>Ingredients</h2><ul>${[
      ingredient('1/2', 'cup', 'unsalted butter'),
      ingredient('2', 'cups', 'rolled oats'),
      ingredient('1 1/2', 'teaspoons', 'baking soda'),
      ingredient('2-3', 'cloves', 'garlic'),
      ingredient('½', 'tsp', 'fine salt'),
    ].join('')}</ul>`;
    const text = read(list);
    for (const line of ['1/2 cup unsalted butter', '2 cups rolled oats', '1 1/2 teaspoons baking soda', '2-3 cloves garlic', '½ tsp fine salt']) {
      expect(text).toContain(`- ${line}`);
    }
  });

  it("still drops a lone date or count, and a number before a word that is no unit ('12 replies')", () => {
    const text = read('<ul><li><span>12</span> <span>replies</span></li></ul><div><span class="x">2/3/2024</span></div>');
    expect(text).not.toMatch(/\b12\b|2\/3\/2024/);
  });

  it("drops a details card's labels with their times and servings ('Prep Time:' over '15 mins')", () => {
    const card = [
      ['Prep Time:', '15 mins'],
      ['Cook Time:', '35 mins'],
      ['Servings:', '16'],
    ]
      .map(([k, v]) => `<div class="details__item"><div class="details__label">${k}</div><div class="details__value">${v}</div></div>`)
      .join('');
    const text = read(`<div class="details">${card}</div>`);
    expect(text).not.toMatch(/prep time|cook time|servings|15 mins/);
    expect(text).toMatch(/harbour wall was rebuilt.*fishing boats returned/);
  });
});
