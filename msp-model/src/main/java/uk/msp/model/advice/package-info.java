/** The advice the rules give: findings with their reasons, legal basis and evidence. Immutable values. */
package uk.msp.model.advice;
