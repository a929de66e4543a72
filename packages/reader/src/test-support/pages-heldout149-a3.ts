/**
 * Held-out batch 149, file a3: the article text of the Kadence post (file a) and the affiliate notice above it.
 */
export const kdTitle = 'Bokashi on a balcony: what a year of fermenting kitchen scraps taught me';
export const kdNotice = '<em>This post contains affiliate links. If you buy through them I may earn a small commission, at no extra cost to you.</em>';
export const kdP1 = [
  'When we moved into a third-floor flat with a balcony the size of a dining table, I assumed my composting days were over. There was ' +
    'no room for a bin, the council collects food waste only once a fortnight, and I did not fancy a wormery next to the washing line.',
  'Then a neighbour two doors down handed me a spare bokashi bucket and a bag of bran, and said “give it a year”. So I did. This is ' +
    'what happened, including the parts that smelled.',
];
export const kdH1 = 'What bokashi actually is';
export const kdP2 = [
  'Bokashi is not really composting. It is fermentation. You pack food scraps into an airtight bucket, sprinkle each layer with bran ' +
    'that has been inoculated with lactic acid bacteria, and press everything down to squeeze out the air. The bacteria pickle the ' +
    'scraps rather than rotting them, which is why a healthy bucket smells sour, like cider vinegar, rather than foul.',
  'After two weeks of resting with the lid shut, the contents look almost the same as when they went in. That surprised me. The ' +
    'breaking down happens later, once the fermented scraps are buried in soil, where they disappear remarkably quickly.',
];
export const kdH2 = 'My set-up';
export const kdP3 = ['I kept it deliberately simple, and everything still fits in the cupboard under the sink:'];
export const kdList = [
  'Two 16-litre buckets with taps, so one can rest while I fill the other.',
  'A 3 kg bag of bran, which lasted about seven months.',
  'An old potato masher for pressing each layer down.',
  'A 40-litre lidded storage box of used compost from last year’s pots, for burying the fermented scraps.',
];
export const kdP4 = [
  'The tap matters more than I expected. Every few days a little brown liquid collects at the bottom, and it needs draining. Diluted ' +
    'one to a hundred with water, it makes a decent feed for the tomatoes. Neat, it is strong enough to clear a slow drain.',
];
export const kdH3 = 'What went wrong';
export const kdP5 = [
  'In March I got lazy with the bran and left a large amount of bread crusts near the top of the bucket. Within a week there was a ' +
    'thick grey fuzz and a smell that made my partner open every window in the flat. White mould is normal; grey and green mould ' +
    'means the bucket has let in air or did not get enough bran. I tipped the lot into the general waste and started again.',
  'The other mistake was burying too much at once. I filled a single trough with a whole bucket in early spring, planted it up a week ' +
    'later, and lost half of the lettuce seedlings. Fermented scraps are acidic at first. Now I wait three weeks before sowing anything.',
];
export const kdH4 = 'Where the fermented scraps go';
export const kdP6 = [
  'Without a garden, the storage box does the work. I layer the bucket contents with old potting compost, close the lid, and leave it ' +
    'for a month. By then it is dark, crumbly and hard to tell apart from bought compost, apart from the odd eggshell.',
  'Over the year the two buckets handled roughly 210 kg of kitchen waste, by my bathroom-scale estimate. That is 210 kg that did not ' +
    'wait a fortnight in the communal bin, and it produced enough soil improver for every pot on the balcony and two bags for the neighbour.',
];
export const kdH5 = 'Is it worth it?';
export const kdP7 = [
  'For a small flat, I think so. The bran costs about as much as a coffee a month, the buckets were free, and it has changed how we ' +
    'think about food waste. We simply throw away less, because we see all of it.',
  'If you try it, be generous with the bran, drain the tap often, and be patient before planting into anything you have buried.',
];
