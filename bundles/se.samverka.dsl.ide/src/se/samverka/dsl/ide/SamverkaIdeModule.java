package se.samverka.dsl.ide;

/**
 * Editor-neutral services of the Samverka language (content assist, highlighting, hover,
 * symbols, formatting, rename, code actions). The workbench editor and the language server
 * both run on this module.
 */
public class SamverkaIdeModule extends AbstractSamverkaIdeModule {
}
