def unfinished(:
    return "this file does not lex
