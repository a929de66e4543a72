import { type TestPage, texts } from './page-kit.js';
import { lis } from './pages-heldout173-kit.js';
import { type MediumStory, mediumFurniture, mediumHtml } from './pages-heldout173-medium.js';

/**
 * Held-out batch 173, file c2: an Airbnb Tech Blog story on Medium (medium.com/airbnb-engineering in the Medium shell of
 * pages-heldout173-medium.ts: a subtitle under the title, a person as the author, Medium's "Top highlight" label inside the
 * story, an image caption, an "Acknowledgments" section, and the hiring paragraph with its role links, the "****" separator
 * and the trademark disclaimer the blog appends to every story).
 */
const abTitle = 'Pricing a stay when the calendar is mostly empty';
const abSub = 'How we built price suggestions for new listings that have no booking history to learn from.';
const abP1 = [
  'When a host publishes a new listing, one of the first things we ask them is what to charge. Hosts with years of bookings can ' +
    'lean on their own history. A new host in a small town has nothing to go on, and the price they choose in their first week ' +
    'shapes whether they get a first booking at all.',
  'This post describes the model we now use to suggest nightly prices for listings with little or no history, and the ' +
    'experiments that convinced us it helps hosts rather than just pushing prices down.',
];
const abH1 = 'Borrowing history from neighbours';
const abP2 = [
  'A listing with no bookings still has plenty of information: where it is, how many guests it sleeps, its amenities and photos. ' +
    'We use those to find a set of comparable listings nearby that do have history, and treat their demand curves as a starting ' +
    'point.',
  'The hard part is deciding what “nearby” means. In a dense city, a few hundred metres can change demand a great deal. In the ' +
    'countryside, the nearest comparable cabin may be forty kilometres away. We let the model learn a distance scale for each ' +
    'region instead of fixing one.',
];
const abHighlight = 'A suggested price is only useful if the host trusts it, and hosts trust a number more when they can see where it came from.';
const abH2 = 'Showing our working';
const abP3 = [
  abHighlight,
  'So alongside the suggestion we now show the host a short explanation: the typical price of similar stays nearby, and how ' +
    'demand for their dates compares with the rest of the month. Hosts can see the range, not just a single number.',
];
const abCaption = 'The price suggestion panel for a new listing, with the comparable-stays range shown underneath.';
const abH3 = 'What the experiments showed';
const abList = [
  'New listings that accepted the suggestion received their first booking a median of six days sooner.',
  'The average nightly price of those first bookings was within two percent of listings that set their own price.',
  'Hosts who saw the explanation were more likely to keep the suggestion switched on after their first month.',
];
const abH4 = 'Acknowledgments';
const abP4 = [
  'Thanks to Ines Marchetti, Jun Takahara and Olusegun Ajayi for their work on the model, and to the host research team for the ' +
    'interviews that shaped the explanation panel.',
];
const abHire = 'If this type of work interests you, check out some of our related positions:';
const abRoles = ['Senior Machine Learning Engineer, Pricing', 'Staff Data Scientist, Host Products'];
const abLegal = 'All product names, logos and brands are the property of their respective owners. Use of these names does not imply endorsement.';
const ap = (t: string, id: string) => `<p id="${id}" class="pw-post-body-paragraph mf mg ic mh b mi mj mk ml mm mn mo mp mq mr ms mt mu mv mw mx my mz na nb bk"
data-selectable-paragraph="">${t}</p>`;
const ah = (t: string, id: string) => `<h1 id="${id}" class="nc nd ic bf ne nf ng nh ni nj nk nl nm nn no np nq nr ns nt nu nv nw nx ny bk"
data-selectable-paragraph="">${t}</h1>`;
const abStory = `<figure class="oa ob oc od oe of og oh paragraph-image"><div class="og oh oi"><picture><img alt="" class="bh md oj c" width="700" height="467"
src="https://miro.medium.com/v2/resize:fit:700/1*pricing-hero.jpeg"></picture></div></figure>
${abP1.map((t, i) => ap(t, `a1${i}`)).join('\n')}
${ah(abH1, 'b100')}
${abP2.map((t, i) => ap(t, `b1${i}`)).join('\n')}
${ah(abH2, 'c100')}
<div class="ok ol om on oo"><div class="ab"><span class="bf b bg z dx">Top highlight</span></div></div>
<p id="c10" class="pw-post-body-paragraph mf mg ic mh b mi mj mk ml bk" data-selectable-paragraph=""><mark class="op oq ao">${abP3[0]}</mark></p>
${ap(abP3[1] as string, 'c11')}
<figure class="oa ob oc od oe of og oh paragraph-image"><div class="og oh or"><picture><img alt="" class="bh md oj c" width="700" height="420"
src="https://miro.medium.com/v2/resize:fit:700/1*panel.png"></picture></div>
<figcaption class="os fe ot og oh ou ov bf b bg z dx" data-selectable-paragraph="">${abCaption}</figcaption></figure>
${ah(abH3, 'd100')}
<ul class="">${lis(abList, 'mf mg ic mh b mi mj mk ml mm mn mo mp mq ow ox oy bk')}</ul>
${ah(abH4, 'e100')}
${abP4.map((t, i) => ap(t, `e1${i}`)).join('\n')}
${ap(abHire, 'f100')}
<ul class="">${abRoles
  .map(
    (t) => `<li class="mf mg ic mh b mi oz ox oy bk"><a class="ag pa" href="https://careers.airbnb.com/positions/">${t}</a>
</li>`,
  )
  .join('\n')}</ul>
<p id="f103" class="pw-post-body-paragraph mf mg ic mh b mi mj bk" data-selectable-paragraph="">****</p>
${ap(`<em class="pb">${abLegal}</em>`, 'f104')}`;
const ab: MediumStory = {
  url: 'https://medium.com/airbnb-engineering/pricing-a-stay-when-the-calendar-is-mostly-empty-7c1e2b9d04fa',
  pub: 'The Airbnb Tech Blog',
  pubDesc: 'Creative engineers and data scientists building a world where you can belong anywhere.',
  pubFollowers: '96K Followers',
  author: 'Rosalind Achterberg',
  authorFollowers: '412 Followers',
  authorBio: 'Machine learning engineer on host pricing. Previously search ranking.',
  title: abTitle,
  subtitle: abSub,
  readTime: '6 min read',
  date: 'Mar 4, 2025',
  claps: '684',
  responses: '5',
  story: abStory,
  tags: ['Machine Learning', 'Pricing', 'Marketplace', 'Data Science'],
  more: [
    { title: 'Rebuilding the search ranking pipeline for flexible dates', by: 'Tobias Lindqvist', date: 'Feb 6, 2025' },
    { title: 'A faster way to render listing pages on Android', by: 'Nkechi Obi', date: 'Jan 14, 2025' },
  ],
  recommended: [
    { title: 'Cold start is a product problem, not a model problem', by: 'Soren Haldane', date: 'Oct 3, 2024' },
    { title: 'Explaining model outputs to non-experts', by: 'Farah Qureshi', date: 'Sep 19, 2024' },
  ],
};
export const airbnbPost: TestPage = {
  html: mediumHtml(ab),
  name: 'heldout173-airbnb-tech-medium-blog',
  kind: 'blog',
  // the subtitle is body (a dek); "Top highlight" is furniture; the highlighted paragraph is body; the "Acknowledgments"
  // section is the authors' and is body; the hiring paragraph, its role links, "****" and the trademark disclaimer the
  // blog appends to every story are furniture; the tag "Pricing" is left out (a word of the title)
  title: abTitle,
  headings: [abH1, abH2, abH3, abH4],
  body: texts([abSub, ...abP1, ...abP2, ...abP3, ...abList, ...abP4]),
  bylines: ['Rosalind Achterberg', '6 min read', 'Mar 4, 2025'],
  furniture: ['Top highlight', abCaption, abHire, ...abRoles, '****', abLegal, ...mediumFurniture(ab).filter((t) => t !== 'Pricing')],
};
