from naravard.cli import main

main()
