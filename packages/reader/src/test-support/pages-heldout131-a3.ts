/**
 * Held-out batch 131, file a3: the article text of the GeneratePress post in file a (title, headings, paragraphs, list).
 */
export const gpTitle = 'How I keep my sourdough starter alive through a two-week holiday';
export const gpP1 = [
  'Every summer somebody in my baking class asks the same question, usually in a slightly panicked voice: what do I do with my ' +
    'starter while I am away? I have been feeding the same jar, which my daughter named Gordon, for nine years, and in that time he ' +
    'has survived camping trips, a house move and one very long stay in hospital. Here is what I actually do.',
  'The short answer is that a healthy starter is much tougher than people think. The long answer depends on how long you will be ' +
    'gone and whether anyone can look after it for you.',
];
export const gpH1 = 'Away for a week or less';
export const gpP2 = [
  'For anything up to about eight days I do nothing clever at all. I give Gordon a normal feed, leave him on the counter for an hour ' +
    'so the yeast gets going, then put the lid on and move the jar to the back of the fridge.',
  'When I get home I take out a spoonful, feed it at my usual ratio and leave it somewhere warm. It is often sluggish for the first ' +
    'feed and back to normal by the second. If there is a grey layer of liquid on top, pour it off; it is alcohol, not mould, and it ' +
    'is a sign of hunger rather than death.',
];
export const gpH2 = 'Away for two weeks';
export const gpP3 = [
  'For longer trips I make the starter stiffer before it goes into the fridge, because a thick dough ferments more slowly than a ' +
    'runny batter. The night before I leave I do this:',
];
export const gpList = [
  'Take 20 g of starter and discard the rest (or bake with it).',
  'Mix it with 100 g of strong white flour and 50 g of water, so it is about half as wet as usual.',
  'Knead it into a small ball, drop it into a clean jar and dust the top with flour.',
  'Leave it out for two hours, then screw the lid on loosely and refrigerate.',
];
export const gpP4 = [
  'Back home, break off a piece the size of a walnut and feed it twice a day for two days at room temperature. Mine has never ' +
    'needed more than three feeds to double again.',
];
export const gpH3 = 'Away for a month or longer';
export const gpP5 = [
  'For really long absences I dry some. Spread a thin layer of active starter on baking paper and leave it somewhere airy for a day ' +
    'or two until it snaps like a cracker. Crumble it, put it in an airtight jar with a label, and it will keep in a cupboard for months.',
  'To revive it, soak a tablespoon of flakes in a tablespoon of warm water for an hour, add a tablespoon of flour, and feed every day. ' +
    'Expect it to take four or five days to become lively. I keep a jar of dried Gordon in the cupboard all the time as ' +
    '<a href="https://crumbandkettle.example/rye-starter-from-scratch/">insurance</a>, and I have posted flakes to friends in three countries.',
];
export const gpH4 = 'What I would not do';
export const gpP6 = [
  'I would not freeze a wet starter. Some people swear by it, but every time I have tried, the revived starter was slow for weeks and ' +
    'the bread tasted flat. I also would not ask a neighbour to feed it unless they bake themselves; a starter fed at the wrong ratio ' +
    'for two weeks is harder to fix than one that was simply left alone.',
  'Most of all, <strong>do not panic</strong>. Unless it has pink or orange streaks or fuzzy growth, there is almost always a healthy ' +
    'culture in there waiting for a good meal.',
];
