/**
 * Held-out batch 96, file a3: the texts of the WordPress recipe post of file a (the post, the WP Recipe Maker card and the
 * furniture around them).
 */
export const rcTitle = 'Brown Butter Pear Galette with a Flaky Rye Crust';
export const rcIntro = [
  'Every October I buy more pears than any sensible person needs, and by the end of the week half of them are soft enough to ' +
    'bruise if you look at them. This galette is where they go. It has a rye and butter crust that shatters when you cut it, a ' +
    'layer of brown butter and brown sugar under the fruit, and absolutely no fussy crimping.',
  'If you have never made a galette before, this is a good one to start with. The dough is forgiving, the filling needs no ' +
    'cooking, and a rustic look is the whole point.',
];
export const rcH1 = 'Why you’ll love this recipe';
export const rcLove = [
  'The rye flour gives the crust a nutty, almost malty flavor that goes beautifully with ripe pears.',
  'Brown butter takes five minutes and makes the filling taste like caramel without making caramel.',
  'It is free-form, so there is no pie plate to grease and no edge to crimp.',
];
export const rcH2 = 'Ingredient notes';
export const rcNotesIntro = ['You will find the full amounts in the recipe card below, but a few ingredients are worth a word first.'];
export const rcNotes = [
  '<strong>Pears:</strong> Bosc or Anjou hold their shape best. They should give slightly near the stem but not feel mushy.',
  '<strong>Rye flour:</strong> I use light or medium rye. Dark rye works, but the crust will be denser and a little bitter.',
  '<strong>Butter:</strong> Keep it very cold for the crust. You will brown a separate two tablespoons for the filling.',
  '<strong>Cornmeal:</strong> A spoonful scattered under the fruit soaks up juice and keeps the bottom crisp.',
];
export const rcH3 = 'How to make a pear galette';
export const rcHow = [
  'The full steps are in the card below, but here is what to look for along the way.',
  'When you roll the dough, you want to see streaks and flat pieces of butter the size of almonds. Those pieces turn to steam in ' +
    'the oven and make the flaky layers. If the dough starts to feel greasy or sticky, slide it onto a baking sheet and put it ' +
    'back in the fridge for ten minutes.',
  'Arrange the pear slices in overlapping rings, leaving a border of about two inches. When you fold the border over, let it ' +
    'pleat naturally. Brush the crust with beaten egg and be generous with the coarse sugar.',
];
export const rcH4 = 'Tips for success';
export const rcTips = [
  'If the juices leak onto the pan, that is fine. Run a spatula under the galette as soon as it comes out of the oven so it does ' + 'not stick.',
  'Let it rest for at least 20 minutes before slicing, or the filling will run.',
];
export const rcH5 = 'Storing and reheating';
export const rcStore = [
  'The galette keeps at room temperature, loosely covered, for one day, and in the fridge for up to three. Warm slices in a ' +
    '325°F oven for ten minutes to bring back the crisp crust.',
  'Looking for more ways to use up pears? Try my <a href="https://hollowoakkitchen.example/spiced-pear-butter/">spiced pear ' +
    'butter</a> or these <a href="https://hollowoakkitchen.example/pear-ginger-muffins/">pear and ginger muffins</a>.',
];
export const rcCardName = 'Brown Butter Pear Galette';
export const rcSummary =
  'A rustic free-form pear tart with a flaky rye crust and a brown butter and brown sugar base. Serve it barely warm with ' +
  'whipped cream or vanilla ice cream.';
/** Ingredient groups: [group name, [amount, unit, name, notes][]]. */
export const rcIngredients: [string, [string, string, string, string][]][] = [
  [
    'For the rye crust',
    [
      ['1', 'cup', 'all-purpose flour', '(125 g)'],
      ['½', 'cup', 'light rye flour', '(60 g)'],
      ['1', 'tablespoon', 'granulated sugar', ''],
      ['½', 'teaspoon', 'fine sea salt', ''],
      ['½', 'cup', 'cold unsalted butter', 'cubed (113 g)'],
      ['4 to 6', 'tablespoons', 'ice water', ''],
    ],
  ],
  [
    'For the filling',
    [
      ['2', 'tablespoons', 'unsalted butter', ''],
      ['⅓', 'cup', 'light brown sugar', 'packed'],
      ['1', 'tablespoon', 'cornmeal', ''],
      ['4', 'medium', 'ripe pears', 'Bosc or Anjou, cored and sliced ¼ inch thick'],
      ['1', 'tablespoon', 'lemon juice', ''],
      ['½', 'teaspoon', 'ground cinnamon', ''],
      ['', '', 'pinch of salt', ''],
    ],
  ],
  [
    'To finish',
    [
      ['1', 'large', 'egg', 'beaten'],
      ['2', 'tablespoons', 'coarse sugar', ''],
    ],
  ],
];
export const rcSteps = [
  'Make the crust: Whisk the flours, sugar and salt in a large bowl. Add the cold butter and press each cube flat between your ' +
    'fingers until the pieces are about the size of almonds.',
  'Drizzle in 4 tablespoons of ice water and toss with a fork. Add more water a teaspoon at a time until the dough holds together ' +
    'when squeezed. Press into a disc, wrap and chill for at least 1 hour.',
  'Brown the butter: Melt 2 tablespoons of butter in a small pan over medium heat, swirling, until it smells nutty and the solids ' +
    'turn golden brown, 4 to 5 minutes. Stir in the brown sugar and set aside.',
  'Heat the oven to 400°F (200°C) with a rack in the lowest position. Toss the pears with the lemon juice, cinnamon and salt.',
  'Roll the dough into a 12-inch round on a floured sheet of parchment and slide it onto a baking sheet. Spread the brown butter ' +
    'mixture over the center, leaving a 2-inch border, and sprinkle with the cornmeal.',
  'Arrange the pears in overlapping rings, fold the border over the fruit, brush the crust with egg and sprinkle everything with ' + 'coarse sugar.',
  'Bake for 40 to 45 minutes, until the crust is deep golden and the juices bubble. Cool on the pan for at least 20 minutes ' + 'before slicing.',
];
export const rcCardNotes = [
  '<strong>Make ahead:</strong> The dough keeps in the fridge for 3 days or in the freezer for 3 months. Thaw frozen dough ' + 'overnight in the fridge.',
  '<strong>No rye flour?</strong> Use all-purpose flour for the whole amount. The crust will be a little milder in flavor.',
];
export const rcNutrition = [
  'Calories: 318kcal',
  'Carbohydrates: 42g',
  'Protein: 4g',
  'Fat: 16g',
  'Saturated Fat: 10g',
  'Sodium: 164mg',
  'Fiber: 5g',
  'Sugar: 21g',
];
export const rcNav = ['Recipes', 'Breakfast', 'Dinner', 'Desserts', 'Baking', 'About', 'Contact'];
export const rcPopular = [
  'Maple Oat Sandwich Bread',
  'Sheet Pan Harissa Chicken',
  'Chewy Brown Sugar Cookies',
  'Apple Cider Donut Cake',
  'Creamy Tomato White Bean Soup',
];
export const rcFooter = ['Privacy Policy', 'Accessibility Statement', 'Disclosure Policy', 'Work With Me', 'Contact'];
export const rcComments = [
  {
    who: 'Priya',
    when: 'October 6, 2025 at 8:14 pm',
    text:
      'Made this for my book club and it vanished in ten minutes. I only had Bartlett pears and they were fine, just a bit softer. ' +
      'The brown butter layer is genius.',
  },
  {
    who: 'Hannah Ortiz',
    when: 'October 7, 2025 at 9:02 am',
    text: 'So glad it was a hit, Priya! Bartlett pears are a little juicier, so the extra cornmeal trick really helps with those.',
  },
  {
    who: 'Dave M.',
    when: 'October 9, 2025 at 4:37 pm',
    text: 'Can I use a store-bought crust? My rolling skills are not great.',
  },
];
export const rcCookie =
  'We use cookies to personalise content and ads, to provide social media features and to analyse our traffic. You can ' + 'change your choices at any time.';
export const rcAbout =
  'I’m a former pastry cook turned home baker, sharing simple seasonal recipes that are worth the dishes. Grab a spoon and ' + 'stay awhile.';
export const rcFormNote = 'Your email address will not be published. Required fields are marked *';
export const rcSave = 'Save my name, email, and website in this browser for the next time I comment.';
