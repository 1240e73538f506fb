-- One fixed request (the URL given to wrk): wrk sends the same prebuilt request bytes every time.
dofile(os.getenv("VOCAB_LOAD_DIR") .. "/common.lua")
