/**
 * Held-out batch 81, file c3: the texts of the Stack Exchange question of file c (title, question, answers, comments).
 */
export const seTitle = 'GFCI in detached garage trips only after heavy rain';
export const seQ = [
  'The outlets in my detached garage are fed from a 20 A breaker in the house panel through about 30 m of buried cable. The first ' +
    'outlet in the garage is a GFCI receptacle that protects the other three inside and one outdoor outlet on the back wall.',
  'For the last two months the GFCI trips every time we get heavy rain, usually an hour or two after it starts. It resets fine once ' +
    'things dry out, sometimes straight away, sometimes only the next morning. Nothing is plugged into the outdoor outlet, and it has an ' +
    'in-use cover.',
  'What I have checked so far:',
];
export const seQList = [
  'The GFCI itself, swapped for a new one last month. Same behaviour.',
  'All four indoor outlets, with everything unplugged.',
  'The outdoor box, which looks dry inside.',
];
export const seQ2 = ['Is this likely to be the underground cable, and is there any way to narrow it down before I start digging up the path?'];
export const seQc = [
  'Is the outdoor outlet downstream of the GFCI (on its LOAD terminals)? If so, disconnect it at the GFCI for a week and see whether the trips stop.',
  '@PavelDrozdov yes, it is on the load side. Disconnected it on Sunday and it has rained twice since without a trip, so it might be the ' +
    'outdoor box after all.',
];
export const seA1 = [
  'A GFCI trips on leakage as small as 5 mA, so it only takes a little moisture somewhere downstream to set it off. Your test with the ' +
    'outdoor outlet disconnected points straight at that circuit, and rain-only trips are classic for water getting into an outdoor box ' +
    'or the conduit feeding it.',
  'Things to look at, in the order I would check them:',
];
export const seA1List = [
  'The in-use cover gasket and the box’s own gasket. A cover that looks fine can still let wind-driven rain in sideways.',
  'The conduit entry. If the box is fed from above or the conduit has no drip loop, water runs down the inside of the conduit into the box.',
  'Condensation. A box on a cold wall can collect water on the inside even when no rain gets in, which is why it sometimes stays tripped ' +
    'until the morning.',
  'The receptacle itself. Outdoor receptacles should be weather-resistant (<strong>WR</strong>) rated; ordinary ones corrode quickly and ' +
    'leak across the contacts.',
];
export const seA1b = [
  'Open the box after the next storm before it dries out. If there is water or rust inside, replace the receptacle with a WR-rated one, ' +
    'add a weep hole at the lowest point of the box and seal the top conduit entry.',
];
export const seA2 = [
  'If the outdoor circuit turns out to be dry, do not rule out the buried cable. Cable that was run without conduit, or with a nick in ' +
    'the jacket from a spade, can leak to earth when the ground is saturated, and it behaves exactly like this: trips in wet weather, ' +
    'fine once the soil drains.',
  'An insulation resistance test will tell you without digging. With the circuit off at the breaker and both ends disconnected, a megger ' +
    'at 500 V between each conductor and earth should read well over 100 MΩ on a healthy run. A reading in the low megohms after rain ' +
    'means the cable needs replacing, ideally in conduit this time.',
];
export const seA2c = ['Worth adding that a cheap multimeter on the ohms range will not show this; the leakage only appears at the higher test voltage.'];
