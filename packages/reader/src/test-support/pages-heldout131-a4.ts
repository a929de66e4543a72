/**
 * Held-out batch 131, file a4: the article text of the Kadence post in file a2 (title, headings, paragraphs, lists).
 */
export const kdTitle = 'Three days on the Corrie Dubh circuit: a hut-to-hut walk for beginners';
export const kdP1 = [
  'I have wanted to walk the Corrie Dubh circuit since I first saw the three huts marked on an old map in my grandfather’s hallway. ' +
    'In late May, with a weather window of exactly three dry days, I finally went. It turned out to be the best introduction to ' +
    'hut-to-hut walking I can imagine, and I want to explain why.',
  'This is not a hard route. It is 41 kilometres with about 1,900 metres of climbing, spread over three days, on paths that are clear ' +
    'for all but one short stretch. If you can walk 15 kilometres with a light pack, you can do it.',
];
export const kdH1 = 'The route at a glance';
export const kdFacts = [
  '<strong>Distance:</strong> 41 km over three days',
  '<strong>Ascent:</strong> about 1,900 m',
  '<strong>Huts:</strong> Allt Glas bothy, Feith Lodge (staffed, book ahead) and the Sgor hut',
  '<strong>Start and finish:</strong> the car park at Inverbraan, 5 km from the railway station',
  '<strong>Best months:</strong> May to September',
];
export const kdH2 = 'Day one: Inverbraan to Allt Glas';
export const kdP2 = [
  'The first day is the gentlest. A forestry track climbs steadily out of the village for six kilometres, and then a good footpath ' +
    'follows the river into the glen. I stopped for lunch at the footbridge below the falls and saw nobody for the next three hours.',
  'Allt Glas is an unstaffed bothy with two rooms, a stove and a sleeping platform for eight. There is no fuel, so carry a small bag ' +
    'of coal or wood if you want a fire, and take everything away with you. I shared it with a retired couple from the coast who had ' +
    'been walking the circuit every spring for twenty years.',
];
export const kdH3 = 'Day two: over the bealach to Feith Lodge';
export const kdP3 = [
  'Day two is the big one: 17 kilometres and the only real climb, 650 metres up to the bealach between the two peaks. The path fades ' +
    'near the top, and in mist you would need to navigate carefully on a compass bearing. I had clear skies and could see the sea ' +
    'from the pass.',
  'Feith Lodge is staffed from May to September, and the warden cooks a two-course dinner for anyone who books. After a night on ' +
    'bothy boards, a proper bed and a hot shower felt like a luxury hotel. Book early: there are only fourteen places and they fill ' +
    'up by March.',
];
export const kdH4 = 'Day three: back along the loch';
export const kdP4 = [
  'The last day is long but flat, following the north shore of Loch Feith back towards Inverbraan, with a stop at the Sgor hut for ' +
    'tea. The path is boggy in places, so gaiters are worth packing. I reached the car park in the early afternoon, just as the first ' +
    'rain of the week arrived.',
];
export const kdH5 = 'What I would pack next time';
export const kdP5 = ['I overpacked. Here is what I would change:'];
export const kdList = [
  'One spare layer instead of two; the huts are warm enough.',
  'A lighter stove, because Feith Lodge provides dinner and breakfast.',
  'More midge repellent. Always more midge repellent.',
];
export const kdP6 = [
  'If you have never tried a hut-to-hut walk, this is a lovely place to start. Go in May or June, book Feith Lodge early, and leave ' +
    'a day spare in case the weather turns.',
];
