/** Held-out batch 125, file a3: the article text of the Astra post in file a2. */
export const asTitle = 'How to overwinter dahlias in a cold garage (without losing half of them)';
export const asP1 = [
  `Every November I dig up around forty dahlia tubers, and every April I find out how many made it through the winter. For years I
lost a third of them, mostly to rot and occasionally to a hungry mouse. Three winters ago I changed how I store them, and last
spring I lost two out of forty-three.`,
  `My garage is unheated and sits at about 4 to 8°C from December to February, which is cold but not freezing. If your storage space
drops below zero for more than a night or two, this method will not be enough on its own.`,
];
export const asH1 = 'When to lift the tubers';
export const asP2 = [
  `Wait until the first proper frost has blackened the foliage. That frost tells the plant to stop growing and helps the skin of the
tubers toughen up. In my part of Shropshire it usually arrives in the first week of November.`,
  `Cut the stems down to about 10 cm, then leave the tubers in the ground for another week before lifting them. I know gardeners who
skip this step, but I have found the skins are noticeably firmer if I wait.`,
];
export const asH2 = 'Cleaning and drying';
export const asP3 = [
  `Lift each clump with a fork, working from well outside the stem so you do not spear the tubers. Shake off as much soil as you can
and rinse the rest off with a gentle spray from the hose.`,
  `Then turn the clumps upside down so water can drain out of the hollow stems. This is the step I used to skip, and I am convinced
it was the main cause of my rot problem. Leave them somewhere frost-free and airy for two or three days, until the skins are dry
to the touch.`,
];
export const asH3 = 'What I store them in';
export const asP4 = [
  `I have tried newspaper, sand, sawdust and vermiculite. These days I use slightly damp compost in
<a href="https://amzn.example/shallow-crates" rel="sponsored nofollow">shallow stacking crates</a>, because compost is what I already
have and it keeps the tubers from shrivelling without making them wet. Whatever you use, the rules are the same:`,
];
export const asL1 = [
  'Label every clump before it goes in the crate. You will not remember which was which in April.',
  'Do not let the tubers touch each other, so any rot that does start cannot spread.',
  'Keep the crates off the concrete floor, which is colder and damper than the air above it.',
  'Cover the crates loosely with hessian or cardboard to keep out the light.',
];
export const asH4 = 'Checking through the winter';
export const asP5 = [
  `Once a month I take the cover off and look at every tuber. Anything soft or mouldy goes straight on the bonfire heap, along with a
generous margin of whatever it was touching. If the tubers look wrinkled, I mist the compost lightly with a spray bottle.`,
  `Mice were a problem for a couple of years until I started keeping the crates on an old metal shelving unit. They do not seem able
to climb the legs.`,
];
export const asH5 = 'Waking them up';
export const asP6 = [
  `In late March I pot the tubers up in the greenhouse and water them once. They go out into the borders in the middle of May, after
the last frost. By then they have usually put on a few inches of growth, and they establish much faster than tubers planted straight
into cold soil.`,
  `If you have a storage method that works in a cold garage, let me know in the comments. I am always happy to try something new on a
few spare tubers.`,
];
export const asDisclosure = 'This post contains affiliate links. If you buy through them I may earn a small commission, at no extra cost to you.';
export const asCaption = 'Last year’s ‘Bishop of Llandaff’ tubers, washed and drying upside down on the potting bench.';
