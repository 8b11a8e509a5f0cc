package org.zhongshu.people;

/**
 * A person as a line of an administrator's list.
 *
 * @param person the person
 * @param unitName their unit
 * @param locked whether their account is locked now
 * @param secondFactor whether they use a second factor
 */
record PersonRow(Person person, String unitName, boolean locked, boolean secondFactor) {
}
