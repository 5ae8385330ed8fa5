/**
 * entities/person/given-gender: the gender a common given name usually marks, for "he said" / "she said" when the
 * text gives no honorific or pronoun of its own. Names used for both (Kim, Sam, Jean, Ali) are in neither list.
 */

const list = (s: string) => new Set(s.trim().split(/\s+/));

const FEMALE = list(`
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra kimberly
emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen amy shirley
angela helen anna ann anne brenda pamela nicole emma samantha katherine christine debra rachel catherine carolyn
janet ruth maria heather diane julie joyce julia christina joan evelyn lauren judith olivia martha cheryl megan
andrea hannah jacqueline gloria teresa kathryn sara janice alice abigail judy marie denise beverly amber danielle
marilyn diana natalie sophia nora ella clara lena elena ana sofia fatima priya irene grace rosa lucia aisha olga
ines ingrid ewa agnieszka natalia svetlana tatiana oksana yulia anastasia ivana marta carmen lucy sophie chloe
charlotte amelia isabella mia zoe ava lily ruby ellie jane kate claire fiona gemma kerry nia joy ama aminata
mei ling yuna keiko hana leila layla mariam amina zainab nadia samira yasmin sunita anjali deepa kavita
`);

const MALE = list(`
james john robert michael william david richard joseph thomas tom charles christopher daniel dan matthew matt
anthony mark donald steven steve paul andrew andy joshua kenneth kevin brian george timothy ronald edward ed jason
jeffrey ryan jacob gary nicholas nick eric jonathan stephen larry justin scott brandon benjamin ben samuel gregory
frank alexander raymond patrick jack dennis jerry tyler aaron jose adam henry nathan douglas zachary peter pete kyle
walter ethan jeremy harold keith roger noah gerald carl terry sean arthur lawrence dylan jesse bryan joe bruce billy
bill bob albert willie gabriel logan alan juan wayne roy ralph randy eugene vincent russell elijah louis bobby
philip phil johnny luis carlos jorge miguel pedro pablo ahmed mohammed muhammad omar rahul amit anil sunil raj
hiroshi kenji ivan sergei sergey dmitry dmitri igor ihor oleksandr volodymyr mykola yuri boris viktor olu kofi
kwame tariq hassan hussein mustafa ibrahim khalid hans klaus jurgen lars sven erik marco luca giovanni antonio
francesco diego rui joao ravi arjun vikram liam owen rhys ron ken raul
`);

/** 'f' or 'm' for a person's name whose first word is a common given name of that gender, else null. */
export function givenGender(name: string): 'f' | 'm' | null {
  const first = /^[\p{L}]+/u.exec(name)?.[0]?.toLowerCase();
  if (!first) return null;
  return FEMALE.has(first) ? 'f' : MALE.has(first) ? 'm' : null;
}
