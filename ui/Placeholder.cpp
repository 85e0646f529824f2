namespace calldeck {}
