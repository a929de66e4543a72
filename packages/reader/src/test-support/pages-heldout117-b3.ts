/**
 * Held-out batch 117, file b3: the texts of the Kadence shade-gardening post of file b (article, comments, sidebar).
 */
export const title = 'How to divide hostas without losing a season of growth';
export const p1 = [
  'Every few years a hosta clump gets too big for its spot, goes bare in the middle, or simply looks tired. Dividing it fixes all ' +
    'three problems and gives you free plants for another corner of the garden. Done at the right time, the divisions barely ' +
    'notice they have been moved.',
  'I have divided the hostas along our north fence every third spring for nine years now. This is the method I have settled on.',
];
export const h1 = 'When to divide';
export const p2 = [
  'The best moment is early spring, when the shoots (gardeners call them pips) are just poking through the soil and the leaves have ' +
    'not yet unfurled. You can see exactly where each crown is, the roots are ready to grow, and there are no leaves to wilt.',
  'Late summer works too, about six weeks before your first frost, but you will need to water the divisions more often and cut ' +
    'back some of the leaves so the roots can keep up.',
];
export const h2 = 'What you need';
export const tools = [
  'A sharp spade or a garden knife with a serrated edge',
  'A garden fork',
  'A tarp or an old sheet to work on',
  'A bucket of water',
  'Compost for the new planting holes',
];
export const h3 = 'Step by step';
export const steps = [
  '<strong>Water the day before.</strong> Moist soil holds together around the roots and the plant lifts more easily.',
  '<strong>Dig around the clump.</strong> Cut a circle about a spade’s depth, a little outside the edge of the leaves, then lever ' +
    'the clump out with the fork.',
  '<strong>Expose the crowns.</strong> Lay it on the tarp and hose or shake off enough soil to see where the crowns are.',
  '<strong>Cut it up.</strong> Slice down through the crown with the spade or knife, leaving at least three pips on each piece. ' +
    'Larger divisions settle in faster and look like mature plants the same year.',
  '<strong>Replant straight away.</strong> Set the pieces at the same depth they grew before, in holes with a spadeful of compost ' +
    'worked in, and water them in thoroughly.',
];
export const tipTitle = 'Quick tip';
export const tip =
  'If you only want a few new plants, you do not have to lift the whole clump. Slice a wedge from the edge with the spade, like ' +
  'cutting a cake, and fill the gap with compost.';
export const h4 = 'Aftercare';
export const p4 = [
  'Keep the new divisions watered through their first summer, especially in dry spells. A mulch of leaf mould helps hold the ' +
    'moisture in and, in my experience, slows the slugs down a little.',
  'Do not feed them heavily in the first year. They need to grow roots before leaves, and a rich feed pushes soft growth that the ' +
    'slugs will find before you do.',
  'Hostas are forgiving plants. Even a division with a single pip and a handful of roots will usually survive; it just takes an ' +
    'extra year or two to fill out.',
];
export const nav = ['Home', 'Shade Plants', 'Vegetables', 'Garden Diary', 'About', 'Contact'];
export const tags = ['perennials', 'spring jobs', 'shade gardening'];
export const bio = 'Marguerite Osei gardens a narrow, north-facing plot in Sheffield and has been writing about plants that cope with shade since 2016.';
export const similar = [
  ['Ferns for dry shade that actually thrive', 'March 11, 2025'],
  ['A slug plan that does not involve pellets', 'February 24, 2025'],
  ['Ten hellebores worth the price', 'January 30, 2025'],
];
export const comments = [
  {
    name: 'Joan Whitfield',
    when: 'April 3, 2025 at 7:52 am',
    text: 'Great timing, I was about to tackle our enormous ‘Sum and Substance’. Would you still divide one that big with a spade?',
  },
  {
    name: 'Marguerite Osei',
    when: 'April 3, 2025 at 9:10 am',
    text: 'Yes, but an old bread knife is easier for the really woody ones. Take your time and cut from the top.',
  },
];
export const form = [
  'Leave a Reply',
  'Cancel reply',
  'Your email address will not be published.',
  'Required fields are marked *',
  'Comment *',
  'Name *',
  'Email *',
  'Website',
  'Save my name, email, and website in this browser for the next time I comment.',
];
export const recent = ['Ferns for dry shade that actually thrive', 'Planting under a beech hedge', 'A slug plan that does not involve pellets'];
export const cats = ['Garden Diary', 'Shade Plants', 'Vegetables', 'Wildlife'];
