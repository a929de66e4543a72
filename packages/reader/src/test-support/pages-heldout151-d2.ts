import { plain, type TestPage, texts } from './page-kit.js';
import { dropClashes, mwHeading, vectorPage } from './pages-heldout151-a2.js';

/**
 * Held-out batch 151, file d2: an English Wikibooks Cookbook recipe in the Vector 2022 shell of file a2: the namespace
 * prefix in the title, the Cookbook navigation bar, the recipe summary box (category, servings, time, difficulty), an
 * ingredient table, equipment and procedure lists, notes, a thumbnail with its caption, the categories and the footer.
 */
const host = 'en.wikibooks.org';
const page = 'Cookbook:Barley and Leek Broth';
const title = 'Cookbook:Barley and Leek Broth';
const h = (text: string, n: number): string => mwHeading(2, text, host, page, n);
const navBar = ['Cookbook', 'Recipes', 'Ingredients', 'Equipment', 'Techniques', 'Cookbook Disambiguation Pages'];
const lead = [
  `<b>Barley and leek broth</b> is a thick, plain soup from the hill farms of Westmarch, where it was traditionally made on washing day because it could be
left to simmer with little attention. It is built on pearl barley, leeks and a small amount of smoked bacon, which is used more for flavour than as a main
ingredient.`,
  'The broth keeps well and is generally considered better on the second day, when the barley has softened further and thickened the liquid.',
];
const hIngredients = 'Ingredients';
const ingredients: [string, string, string, string][] = [
  ['Smoked streaky bacon, diced', '4 rashers', '', '100 g'],
  ['Butter', '', '1 tbsp', '15 g'],
  ['Leeks, washed and sliced', '3', '', '600 g'],
  ['Carrot, diced', '1 large', '', '150 g'],
  ['Pearl barley, rinsed', '', '½ cup', '100 g'],
  ['Chicken or vegetable stock', '', '6 cups', '1.5 L'],
  ['Bay leaf', '1', '', ''],
  ['Fresh thyme', '3 sprigs', '', ''],
  ['Salt and black pepper', '', 'to taste', ''],
  ['Chopped parsley', '', '2 tbsp', ''],
];
const hEquipment = 'Equipment';
const equipment = ['Large heavy-bottomed saucepan or casserole with a lid', 'Wooden spoon', 'Chef&#39;s knife and cutting board'];
const hProcedure = 'Procedure';
const procedure = [
  'Fry the bacon in the saucepan over medium heat until it has given up most of its fat, about 5 minutes.',
  'Add the butter, leeks and carrot. Cover and cook gently for 10 minutes, stirring now and then, until the leeks are soft but not browned.',
  'Stir in the barley so that it is coated with the fat, then pour in the stock. Add the bay leaf and thyme.',
  'Bring to a boil, then lower the heat, cover and simmer for 1 hour, or until the barley is tender. Stir occasionally so that the barley does not ' +
    'stick to the bottom of the pan.',
  'Remove the bay leaf and thyme stalks. If the broth is too thick, add a little hot water; it should be spoonable rather than runny.',
  'Season with salt and pepper, stir in the parsley and serve with buttered bread.',
];
const hNotes = 'Notes, tips, and variations';
const notes = [
  'For a vegetarian version, leave out the bacon, use vegetable stock and add a teaspoon of smoked paprika with the barley.',
  'Some cooks in the region add a handful of shredded cabbage for the last 15 minutes of cooking.',
  'The broth can be kept in the refrigerator for up to three days. It thickens as it cools, so thin it with water or stock when reheating.',
  'Pot barley, which has more of the bran left on, can be used instead of pearl barley but needs about 30 minutes more cooking.',
];
const caption = 'Barley and leek broth served with bread';
const summary = `<table class="infobox" style="float:right;clear:right;width:250px;border:1px solid #a2a9b1;background:#f8f9fa;margin:0 0 1em 1em">
<tbody><tr><th colspan="2" style="text-align:center;font-size:125%">Barley and Leek Broth</th></tr>
<tr><td colspan="2" style="text-align:center"><span typeof="mw:File"><a href="/wiki/File:Barley_leek_broth.jpg" class="mw-file-description"><img
src="//upload.wikimedia.example/wikibooks/en/thumb/barley_leek_broth.jpg/240px-barley_leek_broth.jpg" width="240" height="180"></a></span></td></tr>
<tr><th>Category</th><td><a href="/wiki/Category:Soup_recipes">Soup recipes</a></td></tr>
<tr><th>Servings</th><td>6</td></tr>
<tr><th>Time</th><td>1 hour 30 minutes</td></tr>
<tr><th><a href="/wiki/Cookbook:Difficulty">Difficulty</a></th><td><span typeof="mw:File"><img src="//upload.wikimedia.example/Difficulty_2.svg"
alt="" width="50" height="10"></span></td></tr></tbody></table>`;
const content = `<div class="noprint" style="border:1px solid #ccc;background:#f4f4f4;padding:2px 6px;margin-bottom:0.5em;font-size:90%">
${navBar.map((t) => `<a href="/wiki/Cookbook:${t.replace(/ /g, '_')}" title="Cookbook:${t}">${t}</a>`).join(' | ')}</div>
${summary}
${lead.map((p) => `<p>${p}\n</p>`).join('\n')}
${h(hIngredients, 1)}
<table class="wikitable"><tbody><tr><th>Ingredient</th><th>Count</th><th>Volume</th><th>Weight</th></tr>
${ingredients.map((r) => `<tr><td>${r.map((c) => c).join('</td><td>')}</td></tr>`).join('\n')}
</tbody></table>
${h(hEquipment, 2)}
<ul>${equipment.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${h(hProcedure, 3)}
<figure class="mw-default-size" typeof="mw:File/Thumb"><a href="/wiki/File:Barley_leek_broth_bowl.jpg" class="mw-file-description"><img
src="//upload.wikimedia.example/wikibooks/en/thumb/bowl.jpg/220px-bowl.jpg" width="220" height="147"
class="mw-file-element"></a><figcaption>${caption}</figcaption></figure>
<ol>${procedure.map((t) => `<li>${t}</li>`).join('\n')}</ol>
${h(hNotes, 4)}
<ul>${notes.map((t) => `<li>${t}</li>`).join('\n')}</ul>`;
const shell = vectorPage({
  host,
  siteName: 'Wikibooks',
  pageName: page,
  titleHtml: `<span class="mw-page-title-namespace">Cookbook</span><span class="mw-page-title-separator">:</span><span
class="mw-page-title-main">Barley and Leek Broth</span>`,
  tagline: 'From Wikibooks, open books for an open world',
  searchLabel: 'Search Wikibooks',
  menus: [
    {
      id: 'navigation',
      heading: 'Navigation',
      items: ['Main Page', 'Help', 'Browse', 'Cookbook', 'Wikijunior', 'Featured books', 'Recent changes', 'Random book', 'Using Wikibooks'],
    },
    { id: 'community', heading: 'Community', items: ['Reading room forum', 'Community portal', 'Bulletin Board', 'Help out!', 'Policies and guidelines'] },
  ],
  langs: ['Deutsch'],
  toc: [hIngredients, hEquipment, hProcedure, hNotes].map((t) => ({ id: t.replace(/ /g, '_').replace(/,/g, ''), text: t })),
  nsTab: 'Page',
  talkTab: 'Discussion',
  tools: ['What links here', 'Related changes', 'Upload file', 'Special pages', 'Permanent link', 'Page information', 'Cite this page', 'Get shortened URL'],
  printItems: ['Create a collection', 'Download as PDF', 'Printable version'],
  otherProjects: [],
  content,
  categories: ['Recipes using pearl barley', 'Recipes using leek', 'Recipes using bacon', 'Soup recipes', 'Recipes with metric units'],
  hiddenCategories: [],
  lastEdited: 'This page was last edited on 9 November 2025, at 20:47.',
  license: `Text is available under the <a href="#">Creative Commons Attribution-ShareAlike License</a>; additional terms may apply. By using this site, you
agree
to the <a href="#">Terms of Use</a> and <a href="#">Privacy Policy</a>.`,
  footerPlaces: ['Privacy policy', 'About Wikibooks', 'Disclaimers', 'Code of Conduct', 'Developers', 'Statistics', 'Cookie statement', 'Mobile view'],
  head: '<meta name="description" content="Barley and leek broth is a thick, plain soup from the hill farms of Westmarch.">',
  jsonLd: '',
  bodyClass: 'ns-102 ns-subject mw-editable page-Cookbook_Barley_and_Leek_Broth rootpage-Cookbook_Barley_and_Leek_Broth',
});

export const wikibooksRecipe: TestPage = dropClashes({
  name: 'heldout151-wikibooks-cookbook-recipe',
  kind: 'wiki',
  html: shell.html,
  // the title is the h1 as shown, namespace prefix included; the ingredient table's data cells are body (one entry a
  // non-empty cell); the recipe summary box is in neither list; the Cookbook navigation bar and the caption are furniture
  title,
  headings: [hIngredients, hEquipment, hProcedure, hNotes],
  body: [...texts(lead), ...ingredients.flat().filter((c) => c !== ''), ...texts([...equipment, ...procedure, ...notes])],
  bylines: shell.bylines,
  furniture: [...shell.furniture, ...navBar, caption].map((t) => plain(t)),
});
