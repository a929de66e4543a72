/**
 * Held-out batch 80, file f3: the article and recipe-card texts of the WordPress recipe post (file f2).
 */
export const rcTitle = 'Smoky Red Lentil Soup with Charred Leeks (30 Minutes)';
export const rcDisclosure = 'This post may contain affiliate links. Please read my disclosure policy.';
export const rc1 = [
  'This smoky red lentil soup is the one I make on the first properly cold evening of the year, when the light goes at half past ' +
    'four and nobody in the house wants anything fussy. It takes half an hour, uses one pot, and most of the ingredients are ' +
    'probably in your cupboard already.',
  'The trick is the leeks. Instead of softening them with the onion, I char half of them hard in a dry pan and pile them on top at ' +
    'the end. They go sweet and a little bitter at the edges, and they turn a plain lentil soup into something that feels like ' +
    'you made an effort.',
];
export const rcH1 = 'Why you’ll love this soup';
export const rcList1 = [
  '<strong>It is fast.</strong> Red lentils cook in about twenty minutes and need no soaking.',
  '<strong>It is cheap.</strong> The whole pot costs less than a takeaway coffee per bowl.',
  '<strong>It freezes beautifully,</strong> so it is worth making a double batch.',
];
export const rcH2 = 'Ingredient notes';
export const rc2 = [
  '<strong>Red lentils:</strong> use split red lentils, not whole ones. They break down into a thick, creamy soup without any cream.',
  '<strong>Smoked paprika:</strong> this is where the smokiness comes from, so use a good one and make sure it is not years old. ' +
    'Sweet smoked paprika is what I use; hot works if you like a kick.',
  '<strong>Leeks:</strong> you need two medium leeks. One goes into the soup base, the other is charred for the topping. ' +
    'Wash them well, because grit hides between the layers.',
];
export const rcH3 = 'How to make it';
export const rc3 = [
  'Start by charring one of the leeks in a dry, heavy pan over a high heat until it is blackened in patches, then set it aside. In ' +
    'the same pot, soften the onion, the other leek and the carrot in olive oil, stir in the spices for a minute, then add the ' +
    'lentils, tomatoes and stock and let everything simmer until the lentils collapse.',
  'Blend about half of the soup, or all of it if you prefer it smooth, and finish with lemon juice. The full quantities and timings ' +
    'are in the recipe card below.',
];
export const rcH4 = 'Storing and freezing';
export const rc4 = [
  'The soup keeps for four days in the fridge and thickens as it sits, so loosen it with a splash of water when you reheat it. It ' +
    'freezes for up to three months. Keep the charred leeks separately and add them after reheating.',
];
export const rcH5 = 'Can I use green or brown lentils?';
export const rc5 = [
  'You can, but they hold their shape, so the soup will be thinner and will need about fifteen minutes longer. Blend more of it ' +
    'to make up for the texture.',
];
export const rcCardTitle = 'Smoky Red Lentil Soup';
export const rcCardDesc =
  'A quick, smoky red lentil soup made in one pot, finished with lemon and topped with charred leeks. Vegan, cheap and freezer friendly.';
export const rcIngredients = [
  '2 tablespoons olive oil',
  '1 onion, finely chopped',
  '2 medium leeks, trimmed and sliced, divided',
  '1 carrot, diced',
  '3 garlic cloves, crushed',
  '2 teaspoons sweet smoked paprika',
  '1 teaspoon ground cumin',
  '1 cup (200 g) split red lentils, rinsed',
  '1 can (400 g) chopped tomatoes',
  '5 cups (1.2 litres) vegetable stock',
  'Juice of half a lemon',
  'Salt and black pepper, to taste',
];
export const rcSteps = [
  'Heat a heavy frying pan over a high heat. Add half of the sliced leeks with no oil and cook for 6 to 8 minutes, turning now and ' +
    'then, until charred in patches. Set aside.',
  'In a large pot, warm the olive oil over a medium heat. Add the onion, the rest of the leeks and the carrot and cook for 8 ' + 'minutes until soft.',
  'Stir in the garlic, smoked paprika and cumin and cook for 1 minute, until fragrant.',
  'Add the lentils, tomatoes and stock. Bring to the boil, then simmer for 20 minutes, stirring now and then, until the lentils ' + 'have broken down.',
  'Blend half of the soup with a stick blender, or all of it for a smooth soup. Stir in the lemon juice and season to taste.',
  'Serve in warm bowls, topped with the charred leeks.',
];
export const rcNotes = [
  'If the soup gets too thick, add more stock or water a splash at a time.',
  'For a richer version, stir in a spoonful of tahini just before serving.',
];
