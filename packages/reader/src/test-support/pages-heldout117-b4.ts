/**
 * Held-out batch 117, file b4: the texts of the food-blog recipe post of file b2 (the post, the Tasty Recipes card and the
 * furniture around them).
 */
export const title = 'Brown Butter Oat Cookies with Dates';
export const p1 = [
  'These are the cookies I bake when I want something that feels a bit special but uses what is already in the cupboard. Browning ' +
    'the butter takes five extra minutes and turns a plain oat cookie into something nutty and toffee-like, and chopped dates melt ' +
    'into soft, sticky pockets as they bake.',
  'They are crisp at the edges, chewy in the middle, and they keep well for days, which makes them my go-to for lunchboxes and for ' +
    'bringing round to friends.',
];
export const h1 = 'Why brown the butter?';
export const p2 = [
  'When butter is heated past melting, the water cooks off and the milk solids toast in the pan. That gives you a deep, nutty ' +
    'flavour that works beautifully with oats and dates. Watch for the foam to settle and little brown flecks to appear at the ' +
    'bottom, then take it off the heat straight away, because it goes from golden to burnt very quickly.',
  'Let the browned butter cool for ten minutes before mixing it with the sugar. If it is too hot, the cookies spread into thin puddles.',
];
export const h2 = 'Ingredient notes';
export const notes = [
  '<strong>Oats:</strong> use rolled oats, not quick oats. Quick oats soak up more moisture and make a drier, cakier cookie.',
  '<strong>Dates:</strong> soft Medjool dates are easiest to chop. If yours are dry, soak them in hot water for five minutes and pat them dry.',
  '<strong>Sugar:</strong> a mix of light brown and white sugar gives chewy centres and crisp edges.',
  '<strong>Salt:</strong> do not skip it. A good pinch balances the sweetness of the dates.',
];
export const h3 = 'Tips for the best cookies';
export const tips = [
  'Chill the dough for at least thirty minutes. It stops the cookies spreading and deepens the flavour.',
  'Take them out while the centres still look slightly underdone. They firm up on the tray.',
  'Bang the tray on the counter once when they come out of the oven for crinkly tops.',
];
export const h4 = 'Storing and freezing';
export const p4 = [
  'Keep the cookies in an airtight tin for up to five days. The dough freezes well too: scoop it into balls, freeze them on a tray, ' +
    'then move them to a bag. Bake from frozen, adding two minutes to the baking time.',
];
export const cardTitle = 'Brown Butter Oat and Date Cookies';
export const desc = 'Chewy oat cookies made with nutty browned butter and soft chopped dates. Crisp edges, soft middles, and ready in under an hour.';
export const details: [string, string][] = [
  ['Author', 'Priya Vandermolen'],
  ['Prep Time', '15 minutes'],
  ['Chill Time', '30 minutes'],
  ['Cook Time', '12 minutes'],
  ['Total Time', '57 minutes'],
  ['Yield', '18 cookies'],
  ['Category', 'Cookies'],
  ['Method', 'Baking'],
  ['Cuisine', 'American'],
];
export const ingredients: [string, string, string][] = [
  ['0.5', '1/2 cup', '(115 g) unsalted butter'],
  ['0.5', '1/2 cup', '(100 g) light brown sugar, packed'],
  ['0.25', '1/4 cup', '(50 g) granulated sugar'],
  ['1', '1', 'large egg'],
  ['1', '1 teaspoon', 'vanilla extract'],
  ['1', '1 cup', '(125 g) plain flour'],
  ['0.5', '1/2 teaspoon', 'baking soda'],
  ['0.5', '1/2 teaspoon', 'fine salt'],
  ['1.5', '1 1/2 cups', '(135 g) rolled oats'],
  ['0.75', '3/4 cup', '(120 g) chopped Medjool dates'],
];
export const steps = [
  'Melt the butter in a light-coloured pan over medium heat. Keep cooking, stirring often, until it foams, the foam settles and the ' +
    'solids at the bottom turn golden brown, 4 to 6 minutes. Pour it into a large bowl, scraping in the brown bits, and cool for 10 minutes.',
  'Whisk both sugars into the butter until smooth, then whisk in the egg and vanilla.',
  'Stir in the flour, baking soda and salt until just combined, then fold in the oats and dates.',
  'Cover the bowl and chill the dough for at least 30 minutes, or up to 2 days.',
  'Heat the oven to 180°C (350°F) and line two baking trays with parchment. Scoop the dough into 18 balls and space them well apart.',
  'Bake for 11 to 13 minutes, until golden at the edges and still soft in the middle. Cool on the tray for 5 minutes before moving to a rack.',
];
export const cardNotes = [
  'If your dates are very soft, toss the chopped pieces in a spoonful of the flour so they do not clump together.',
  'For a nuttier cookie, swap 1/4 cup of the oats for chopped toasted walnuts.',
];
export const nutrition: [string, string][] = [
  ['Serving Size', '1 cookie'],
  ['Calories', '148'],
  ['Sugar', '12.4 g'],
  ['Fat', '6.1 g'],
  ['Carbohydrates', '22 g'],
  ['Fiber', '1.4 g'],
  ['Protein', '2 g'],
];
export const nav = ['Recipes', 'Cookies & Bars', 'Breakfast', 'Dinner', 'About', 'Subscribe'];
export const disclosure = 'This post may contain affiliate links. Please read my disclosure policy.';
export const comments = [
  {
    name: 'Beth Carrow',
    when: 'February 9, 2025 at 4:18 pm',
    text: 'Made these for my book club and they vanished. I used half walnuts like you suggested in the notes. Perfect.',
  },
  {
    name: 'Tomás',
    when: 'February 12, 2025 at 10:02 am',
    text: 'Can I use salted butter? That is all I have in the fridge.',
  },
  {
    name: 'Priya',
    when: 'February 12, 2025 at 1:47 pm',
    text: 'Yes! Just leave out the extra salt. Enjoy them, Tomás.',
  },
];
export const form = [
  'Leave a Comment',
  'Cancel reply',
  'Your email address will not be published. Required fields are marked *',
  'Recipe rating',
  'Comment *',
  'Name *',
  'Email *',
  'Save my name, email, and website in this browser for the next time I comment.',
];
export const about = ['Hi, I’m Priya!', 'I bake from a tiny kitchen in Leeds and share the recipes my family asks for again and again.', 'More about me →'];
export const popular = ['Sticky Ginger Flapjacks', 'One-Bowl Banana Bread', 'Lemon Drizzle Traybake', 'Salted Caramel Oat Bars'];
export const foot = ['Privacy Policy', 'Disclosure', 'Accessibility', 'Contact'];
export const newsletter = ['Get new recipes by email', 'One easy bake every Friday, straight to your inbox.', 'Sign me up'];
