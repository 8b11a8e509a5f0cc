package org.zhongshu.people;

/**
 * A person just given an account, with the one-time password to hand to them.
 *
 * @param person the person
 * @param temporaryPassword the password for their first login; shown once, never stored
 * in clear
 */
record NewAccount(Person person, String temporaryPassword) {
}
