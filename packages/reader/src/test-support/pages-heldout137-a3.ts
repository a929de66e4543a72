/** Held-out batch 137, file a3: the article text (title, headings, paragraphs, list) of the Divi post in file a. */
export const dvTitle = 'How to bring a tired lawn back to life this autumn';
export const dvP1 = [
  'By the end of a dry summer most of the lawns we look after around Thornbury have the same problems: thin patches where the grass gave up in ' +
    'July, moss creeping in along the shady edges, and a springy layer of dead material that stops water getting down to the roots. The good news ' +
    'is that September and early October are the best weeks of the year to fix all three.',
  'The soil is still warm, the rain is coming back, and weeds grow far more slowly than grass at this time of year. Seed sown now has six or ' +
    'seven weeks to settle before the first frosts, which is usually enough.',
];
export const dvH1 = 'Start with a proper look';
export const dvP2 = [
  'Before you buy anything, spend ten minutes walking the lawn. Push a screwdriver into the ground in a few places. If it goes in easily, the ' +
    'soil is fine. If you have to lean on it, the ground is compacted and the grass roots are struggling for air.',
  'Then part the grass with your fingers and look at the base. A thin brown layer of thatch is normal. Anything thicker than about a ' +
    'centimetre will soak up water and fertiliser before they reach the soil, and it is worth removing.',
];
export const dvH2 = 'Scarify, then aerate';
export const dvP3 = [
  'Scarifying means raking out the thatch and moss. On a small lawn a spring-tine rake does the job, although your arms will feel it the next ' +
    'day. For anything bigger, hire a powered scarifier for the afternoon. Go over the lawn twice, the second time at right angles to the first.',
  'It will look dreadful afterwards. That is normal, and the grass recovers quickly once new seed is down.',
  'Next, aerate. We use a hollow-tine machine on our customers’ lawns, but a garden fork pushed in every ten centimetres or so works on ' +
    'smaller areas. A few points to remember:',
];
export const dvList = [
  'Aerate when the soil is moist but not waterlogged, usually a day or two after rain.',
  'Concentrate on the areas that get the most wear, such as the path to the shed and the <strong>goalmouth</strong>.',
  'Leave the cores on the surface to dry, then break them up with the back of a rake.',
];
export const dvH3 = 'Overseeding that actually takes';
export const dvP4 = [
  'Choose a seed mix to suit the lawn rather than the cheapest box in the shop. Hard-wearing family lawns want a mix with plenty of dwarf ' +
    'ryegrass. Shady corners under trees do better with a shade mix containing fescues, which tolerate lower light.',
  'Sow at about half the rate printed on the box for new lawns, spreading half the seed in one direction and half across it. Rake it in lightly ' +
    'so the seed is in contact with the soil, then water gently if there is no rain forecast for the next two days.',
  'Keep the surface damp for the first fortnight. Most failed overseeding we see comes down to seed drying out in a warm spell just after it ' +
    'has germinated.',
];
export const dvH4 = 'Feed for autumn, not summer';
export const dvP5 = [
  'Once the new grass is up, give the whole lawn an autumn feed. These are low in nitrogen and higher in potassium, which strengthens the roots ' +
    'rather than pushing out soft leafy growth that disease will attack over winter. Do not use leftover spring feed; it does more harm than ' +
    'good at this time of year.',
];
export const dvH5 = 'What to leave until spring';
export const dvP6 = [
  'Levelling hollows with top dressing, laying new turf on large bare areas and tackling broad-leaved weeds are all better done in April. If ' +
    'your lawn has a serious drainage problem, with standing water after every shower, that is a bigger job and one we are always happy to ' +
    '<a href="/contact/">come and look at</a>.',
  'Do the work over the next few weeks and you should have a thicker, greener lawn by Easter, with far less moss to deal with.',
];
